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
 *  - With the tree coder it is the pipeline's one tokenizer: document_code() takes the
 *    article's sentences from it, the tree coder parses their words and the document
 *    layer reads them as its tokens (doc/document.h, doc/words.h words_from_ud).
 */
#ifndef SITREP_SYNTAX_UD_TOKENIZE_H
#define SITREP_SYNTAX_UD_TOKENIZE_H

#include "base/arena.h"
#include "syntax/ud.h"

#include <stddef.h>

size_t ud_tokenize(arena *a, const char *text, size_t len, ud_sentence **out);

#endif
