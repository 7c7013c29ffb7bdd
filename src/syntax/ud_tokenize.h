/* ud_tokenize.h: raw text to UD sentences and words, the way UD English-EWT and GUM
 * tokenize (the input of the tagger and the parser).
 *
 * Contract:
 *  - ud_tokenize() reads text[0..len), cleaned valid UTF-8 (text_clean in text/text.h),
 *    and returns the number of sentences, setting *out to an arena array of them (NULL
 *    when the text holds no token). Everything it returns lives in the arena `a`; it keeps
 *    no state between calls, so threads may call it at once with their own arenas.
 *    Spans are 32-bit: text beyond the first 4 GiB is ignored. Time is linear in len.
 *  - Every word has has_span = 1 and its byte span [start, end) in `text`; its form is an
 *    arena copy of exactly those bytes. Sentences have the span from their first word's
 *    start to their last word's end; text, sent_id and newdoc are NULL; newpar is set on a
 *    sentence that follows a blank line.
 *  - A surface token that UD splits is a multiword token (ud_mwt, form = the surface
 *    bytes) and its words are the pieces of it: "don't" -> do + n't, "can't" -> ca + n't,
 *    "cannot" -> can + not, "I'm" -> I + 'm, "Korea's"/"Korea’s" -> Korea + 's, "years'"
 *    -> years + ', "gonna" -> gon + na, "dont" -> do + nt. Words inside a multiword token
 *    have space_after 0 except the last, which carries the token's.
 *  - space_after is 1 when whitespace or the end of the text follows the word.
 *  - Conventions follow the treebanks: hyphenated compounds are split ("Iranian - made")
 *    except after prefixes such as "non-", "co-", "e-", "anti-", in phone numbers, dates
 *    and codes ("713-853-3989", "12-20-2000"; ranges such as "750-800" are split) and in
 *    short words broken off ("re- and post-war");
 *    "$", "%" and unit letters ("5pm", "35mm") are split from numbers, ordinals
 *    ("3rd") and decades ("1990s") are not; numbers keep separators ("50,000", "11.8",
 *    "3:30", "11/28/2000"); abbreviations, initials and dotted acronyms keep their period
 *    ("Mr.", "U.S.", "e.g.") except at the end of a sentence, where the period is a token
 *    of its own ("etc" + "."); URLs and e-mail addresses are one token; runs of "." "!" "?"
 *    ("...", "?!"), of "-" ("--") and of one other symbol ("**") are one token;
 *    emoticons (":)", ";-)") are one token; every other punctuation mark is its own token.
 *  - A sentence ends after ".", "!", "?" or a run of them (with any closing quotes or
 *    brackets that follow without a space, and a footnote mark "[6]") when whitespace and
 *    a letter, a digit or opening punctuation follow (web text starts sentences in lower
 *    case, though not after "..." or a closing quote: "Why?" he asked); after an
 *    abbreviation that can close a sentence ("etc.", "U.S.", "Inc.", "Jr.", not "Mr.")
 *    only when a word that usually starts one ("The", "He", "But") follows; always at a
 *    blank line; at a single line break after a short line with no final punctuation (a
 *    heading).
 *  - It is the pipeline's one tokenizer: document_sentences() takes our lexicon's
 *    sentences from it, the tree coder parses their words, and the lexicon's shallow
 *    reading (parse.h) and the document layer (doc/words.h) read their words as tokens
 *    through ud_sentence_tokens() and ud_text_tokens() below.
 */
#ifndef SITREP_SYNTAX_UD_TOKENIZE_H
#define SITREP_SYNTAX_UD_TOKENIZE_H

#include "base/arena.h"
#include "syntax/ud.h"
#include "text/text.h"

#include <stdbool.h>
#include <stddef.h>

size_t ud_tokenize(arena *a, const char *text, size_t len, ud_sentence **out);
/* ud_tokenize() without the forms of words and multiword tokens (NULL), for readers of
 * spans only (the tokens below). */
size_t ud_tokenize_spans(arena *a, const char *text, size_t len, ud_sentence **out);

/* The words as tokens (text/text.h), for the readers of the lexicon (parse/parse.h) and
 * the document layer (doc/words.h): the one interface through which every stage reads
 * the UD tokenizer's words.
 *  - UD_TOKENS: one token per UD word, with its byte span, its normal form (text_upper:
 *    upper case, diacritics stripped, curly quotes and dashes in ASCII), its kind
 *    (NUMBER when it opens with a digit; WORD when with a letter, or an apostrophe
 *    clitic such as "'s", "n't" opens with a letter; PUNCT otherwise), CAPITALIZED (its
 *    first letter upper-case) and ALLCAPS (two capitals or more, no lower-case) for words,
 *    SENT_START on the first; a piece of a multiword token after the first is flagged
 *    CLITIC ("n't" of "didn't", "not" of "cannot"), and the "'s" or lone apostrophe of a
 *    possessive ("Korea's", "years'"; not "it's", "that's") POSSESSIVE too.
 *  - UD_TOKENS_TABARI: the words TABARI's and PETRARCH's dictionaries and suites are
 *    written for, made as TABARI makes them: one scan of the bytes (ud_tokenize_tabari.c),
 *    no UD words made first, the way the TABARI engine stays as fast as TABARI's own
 *    tokenizer. Whitespace separates tokens; a word (from a letter) keeps internal
 *    hyphens between letters or digits ("IRANIAN-MADE", "F-16"), apostrophes ("O'NEIL",
 *    "DIDN'T", "IT'S") and the periods of a dotted acronym, the last one too, even at the
 *    end of a sentence ("U.S."); a title or initial keeps its period ("MR.", "J.") unless
 *    it is the last thing in the span; a possessive "'s", or the lone apostrophe of
 *    "countries'", is a token "'S" of its own flagged POSSESSIVE (not after it, he, she,
 *    that, there, here, what, who, where, when, how, let: "IT'S"); a number (from a digit)
 *    keeps separators ("50,000", "11.8", "750-800") and letters ("5PM", "1990S"); a run of
 *    "." is one token, a run of "-" one token "-"; every other punctuation mark is its
 *    own token. Kind, CAPITALIZED, ALLCAPS and SENT_START (the first token) as above; no
 *    CLITIC. On most text a token is UD words glued ("DIDN'T" = did + n't, "CANNOT",
 *    "IRANIAN-MADE", "5PM"); where the two conventions part ("vitamin C." ending a span:
 *    UD keeps the initial's period, TABARI does not) TABARI's hold.
 * ud_sentence_tokens() reads a UD sentence whose spans point into `text` (in TABARI mode
 * the bytes of its span); ud_text_tokens() reads text[start..end) as ud_span_sentence()
 * gives it (in TABARI mode its bytes; the first token only is SENT_START). In UD_TOKENS
 * mode a plain span (ASCII with no URL, e-mail address, lone quote or apostrophe, and no
 * word that keeps its period, as most of TABARI's sentences are) is cut in one pass by
 * the same word rules, without making its UD sentences: the same tokens, fewer steps.
 * Memory from the arena.
 *
 * ud_span_sentence() makes text[start..end) one UD sentence: the words of all the
 * sentences ud_tokenize() finds in it (an abbreviation that ends one of them gives its
 * period back), spans into `text`, forms NULL (for readers of spans: the tokens above);
 * n = 0 when the span holds no word. For sentences that another splitter found (TABARI's). */
enum ud_token_mode { UD_TOKENS = 0, UD_TOKENS_TABARI = 1 };
/* Is text[start..end) a dotted acronym whose last piece is one letter ("U.S", "U.N")? At
 * the end of a sentence the UD conventions give its final period back as a word of its
 * own; the dictionaries write it with the period ("U.S."), and the lexicon's readers
 * (parse.h) read it so. */
bool ud_dotted_acronym(const char *text, uint32_t start, uint32_t end);
size_t ud_sentence_tokens(arena *a, const char *text, const ud_sentence *s, int mode,
                          token **out);
size_t ud_text_tokens(arena *a, const char *text, uint32_t start, uint32_t end, int mode, token **out);
void ud_span_sentence(arena *a, const char *text, uint32_t start, uint32_t end,
                      ud_sentence *out);

#endif
