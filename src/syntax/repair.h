/* repair.h: rules that mend the statistical parse where the tagger misreads a verb as a
 * participle, a mistake that costs a whole clause its predicate, where a subject is split
 * in two, and where a reduced relative clause is hung on the main verb.
 *
 * Contract:
 *  - syntax_repair() rewrites heads, relations and tags of one parsed sentence (at most
 *    SYNTAX_MAX_WORDS words, heads 1-based within it) in place:
 *      "The Greek police arrested protesters" read as "police [arrested protesters]": a
 *      participle modifying a later noun that has a subject of its own (or whose noun,
 *      the root, has one before it: "Georgian police used water cannon against
 *      protesters") is the verb, the noun its object, in the place the noun held, and
 *      such a noun's prepositional phrases after it the verb's;
 *      "A court on Tuesday sentenced X" read as one noun phrase: when the root is a noun,
 *      no word is a finite verb and a past participle modifies a noun after it that hangs
 *      from the root, the participle is the verb, the root its subject, the noun its
 *      object and the root's prepositional phrases its obliques; when such a participle
 *      modifies the root itself and a noun right before it hangs from it ("Kenyan police
 *      arrested opposition leader X"), that noun is its subject and the root its object;
 *      "Students demonstrated against the government." read as one noun phrase: a
 *      participle of a verb of gathering, protesting or fighting (never passive) hanging
 *      from the nominal root, its last conjunct or the noun right before it that a root of
 *      quantity counts ("Thousands of protesters rallied") is the verb, the root its
 *      subject (a finite verb of a subordinate clause, "as Americans filed", does not
 *      stop these readings of a nominal root).
 *      "Sudan's army and the Rapid Support Forces agreed to a ceasefire" read as one noun
 *      phrase: the sentence's one finite verb, hanging without a subject as a clausal
 *      modifier from the nominal root or from its last conjunct, is the verb, the root
 *      (with its conjuncts) its subject.
 *      "The Saudi-led coalition carried out air strikes" read as one noun phrase: a
 *      participle right after the nominal root (no comma between), or right after a
 *      description of it set off by commas ("The protesters, supporters of X, criticised
 *      Y"), with a direct object of its own is the verb, the root its subject.
 *      "Britain and its partners accused Iran" read with two subjects of "accused": a
 *      subject after another of the same predicate, opened by a coordinator (its cc
 *      child between the two) or, in a headline's way, by a comma alone between two
 *      names ("Iran, Saudi Arabia agree"), is the first subject's conjunct; two nouns side by side
 *      that are both its subjects ("Human Rights Watch urged") are one name;
 *      "the crew of a ship attacked by rebels" read with "attacked" as a clause of the
 *      main verb: a past participle right after a noun of that verb's clause, with no
 *      subordinator, passive subject or auxiliary of its own, is the noun's reduced
 *      relative clause (acl); "arrested Daniel Okoth, a 24-year-old man" read with "man"
 *      as the verb's complement: a noun phrase after a comma that closes the verb's
 *      object is the object's apposition; an indirect object with neither a direct
 *      object nor a clausal complement beside it is the direct object.
 *      "evidence of X's supplies to Y to the UN" read with both "to" phrases on one noun:
 *      a second "to" phrase of a noun below a verb's object is the verb's oblique.
 *      "A Russian missile strike killed 12 civilians" read with "12 civilians" as a bare
 *      measure (obl:unmarked): a bare noun phrase right after a verb without an object,
 *      headed by a noun of neither time nor measure, is the object.
 *      "The Turkish president, who met Putin, said ..." read with "met" as the root and
 *      two subjects: a verb whose subjects are a noun and, after a comma, "who" or
 *      "which" is the noun's relative clause, and the subjectless verb after the next
 *      comma that hung from it (conj or parataxis) the noun's predicate; "Kishida met
 *      Biden, who praised him" read with "praised" hung on "met": a verb whose subject
 *      is "who" or "which" right after a comma closing a noun phrase is that noun's
 *      relative clause.
 *      "supply infantry fighting vehicles" read with "fighting" a clause whose object is
      "vehicles": an "-ing" word of what equipment is for (fighting, landing, patrolling,
      clearing) with a noun of equipment as its object right after it is part of that
      noun's name, the noun the verb's object.
      "Garment workers demanding higher wages clashed with police" read with
      "demanding" the root: an "-ing" root with a subject and no auxiliary, and a
      past-tense verb without subject, auxiliary or "by" agent hung on its object, make
      the "-ing" verb the subject's clause and the other the sentence's verb; "in
      northwestern Khyber Pakhtunkhwa overnight" read with "overnight" the phrase's noun:
      a word of time heading a phrase gives it to the name compounded on it.
      "the province of Khyber Pakhtunkhwa" read with "of" an adverb with the name its
      object: a preposition with a noun of its own on it is that noun's case marker.
      A trailing ", police said" is found past a participle before its noun ("three
      suspected militants"), and a noun before the clause's verb that the parse made the
      subject of the verb of saying is the clause verb's subject.
      "sentenced rapper Toomaj Salehi" read with "rapper" a complement whose object is the
      name: the noun is the name's title, the name the verb's object. What someone is
      charged "with" doing, hung on the accused, is the charging verb's clause.
      "told visiting U.S. Secretary of State Antony Blinken that" read with "visiting" a
      clause whose object is the visitor: "visiting" right after a verb qualifies the
      visitor's name, which is the verb's object.
      "Russia, Iran and North Korea were criticised" read with "Russia" a vocative: a name
 *      opening the sentence before a comma and a subject with conjuncts is the
 *      coordination's first member; every conjunct hangs from the first member (not from
 *      another conjunct), and a noun opened by "as well as" that hung elsewhere is a
 *      conjunct of the nearest noun before it.
 *    A sentence no rule fits is left as it is. Relation strings are static.
 *  - The coder applies it to its parses (news, where these misreadings hide the events);
 *    `sitrep parse` does not: on the UD treebanks the rules cost 0.02 to 0.05 LAS. */
#ifndef SITREP_SYNTAX_REPAIR_H
#define SITREP_SYNTAX_REPAIR_H

#include "syntax/ud.h"

void syntax_repair(ud_sentence *s);

#endif
