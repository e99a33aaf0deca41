// Owns the words of the genre that more than one stage reads: each defined once, unanchored, with an
// example from a real letter; a stage composes its own pattern from them (line start for lines, a
// sentence start in flattened text).

/** The months as letters spell them out: "August 30, 2017", "Filed March 11, 2022". */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A month's name as a word of its own: "March" of "… filed March 17, 2023 Pay versus Performance, page 9". */
export const MONTH_WORD = new RegExp(`^(?:${MONTH_NAMES})$`);

/** The months abbreviated as some letters print them: "Aug. 30, 2017", "Sept 5, 2019". */
export const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** A typed signature's mark: "/s/", spaced "/ s /" (c0150), "//s" (c0264); any case. */
export const SIGNATURE_MARK = String.raw`(?:\/\s?[sS]\s?\/|\/\/[sS](?![\w/]))`;

/** Sign-offs that are nothing else, wherever they stand: "Sincerely,", "Very truly yours,", "Respectfully submitted,". */
export const SIGN_OFF_WORDS = String.raw`Sincerely(?: yours)?|Very truly yours|Yours (?:very )?truly|Respectfully(?: submitted| yours)?|Best regards|Kind regards|Yours sincerely|Cordially`;

/**
 * Sign-offs that are also ordinary words ("with regards to", "Thank you for your comment"), so read as
 * one only on a line of their own (flattened text has no lines: it leaves them out). A Commission order
 * or delegated-authority letter signs "For the Commission, by the Division of …, pursuant to delegated
 * authority." (2020-carrier-staffaction).
 */
export const SIGN_OFF_ON_ITS_OWN_LINE = String.raw`Regards|Thank you|(?:For|By) the Commission(?:,[^.]{0,160})?`;

// Letter parts: closing sentences, salutations, the Re: line, dates and bullets. Each piece is written as a
// sentence start prints it (capitalised), so a stage that must read case as printed (flattened text) can.

/**
 * Sentences that open a letter's closing rather than answer a comment: staff boilerplate
 * (2016-ajg-10k-upload, 2024-adm-10k-upload) and company sign-offs (2017-21vianet-corresp,
 * 2021-meta-10k-corresp). Lines read them all, in any case; flattened text a narrower set (load/flat/closing.ts).
 */
export const CLOSING_SENTENCES = {
  /** "* * *" after the last answer (c0009: "* * * As requested by the Staff, the Company hereby acknowledges …"), or "*\t*" over a last "*" (c0892). */
  asterisks: String.raw`\*\s*\*\s*(?:\*|$)`,
  /** A rule of underscores alone between the last answer and the closing (c0527). */
  rule: String.raw`_{30,}\s*$`,
  /** "We remind you that the company and its management are responsible for the accuracy …" (c0001). */
  remindYou: String.raw`We remind you that`,
  /** "We urge all persons who are responsible for the accuracy and adequacy of the disclosure …" (staff letters of 2016 and before). */
  urgeAllPersons: String.raw`We urge all persons who are responsible`,
  /**
   * "In closing, we remind you that …" (c0050), "In responding to our comments, please provide a written statement …" (c0049);
   * not a company's "In closing, we request the Staff reconsider …", still its answer (c0018).
   */
  inClosing: String.raw`In closing, we remind|In responding to our comments, (?:we|please)`,
  /**
   * "As appropriate, please amend your registration statement in response to these comments." (staff letters before 2011,
   * with no "Closing Comments" heading); not "As appropriate, please expand the … summaries", a request (c0821, c1181).
   */
  asAppropriateAmend: String.raw`As appropriate, please amend your\b`,
  /**
   * "Please respond to these comments within 10 business days or tell us when you will provide us with a response.", "Please
   * file your supplemental response and amendment via EDGAR … within 5 business days": the closing's first paragraph in staff
   * letters before 2011 (later letters ask so in the opening paragraph, above the comments, where no closing is looked for).
   */
  respondWithin: String.raw`Please respond to these comments within\b|Please file your (?:supplemental )?response\b`,
  /**
   * A paragraph that points to the company's acknowledgement rather than printing it (law firms' responses before 2016): "The
   * Company has authorized us to confirm on its behalf that it acknowledges the matters …", "A letter from the Company containing
   * the requested acknowledgements is being filed …", "As requested by the Staff, a letter from the Company acknowledging … is
   * attached …", "We also note that the Company is aware of its responsibilities under the Securities Act …".
   */
  pointsToAcknowledgement: String.raw`[A-Z][\w&.]*(?: [A-Z][\w&.]*){0,3} has authorized (?:us|me|the undersigned) to\b.{0,80}?\backnowledg|(?:As requested[^,]{0,60},\s*)?(?:(?:A|An|The) (?:letter|statement|written statement)\b.{0,60}?\backnowledg|(?:The|Its|The Company['’]s) (?:requested )?acknowledge?ments?\b).{0,120}?\b(?:is|are|will be|has been|have been|is being)\s+(?:attached|enclosed|filed|provided|furnished|included|submitted|being filed)\b|(?:We (?:also )?note that )?(?:the Company|we) (?:is|are) aware of (?:its|our) responsibilities under the Securities Act`,
  /** "Please contact Amanda Ravitz at 202-551-3412 …" (c0001), "You may contact Mark Rakip …" (c0004). */
  pleaseContact: String.raw`(?:Please|You may) contact\b`,
  /**
   * "Should you require any additional information or have any additional questions, please contact me …" (c0005), "If any
   * member of the Staff has any questions regarding the foregoing, … please contact the undersigned …" (c0848).
   */
  ifYouHaveQuestions: String.raw`(?:If|Should) (?:you|the Staff|any member of the Staff) (?:have|has|need|needs|require|requires|wish(?:es)?|would like)\b.{0,80}(?:questions|comments|information|discuss|contact|call)`,
  /** "If we may be of assistance in answering any questions …, please call me at …" (c0595), "If I can be of further assistance, …". */
  ifWeCanAssist: String.raw`If (?:we|I) (?:may|can|could) be of (?:any )?(?:further |additional )?(?:assistance|help)`,
  /** "If you have any questions in the interim, please do not hesitate …" (c0015); "additional" too: "If the Staff would like additional …". */
  ifYouWish: String.raw`If (?:the Staff|you) (?:has|have|wish(?:es)?|would like)\b.{0,60}(?:questions|comments|discuss|contact|additional)`,
  /** "In connection with the Company’s response to the Comment Letter, the Company is filing …" (c0005). */
  inConnectionWithResponse: String.raw`In connection with (?:our|the Company['’]s|its|this) (?:response|responding|letter)`,
  /** "In connection with responding to our comments, please provide, in writing, a statement …" (c0222). */
  inConnectionWithResponding: String.raw`In connection with responding to (?:our|your|the Staff['’]s) comments`,
  /** "The Company believes the foregoing is fully responsive to the Comment Letter." (c0892), "The Company respectfully believes it has appropriately responded …" (c0699). */
  foregoingResponsive: String.raw`(?:We|The Company|[A-Z][\w&.]*) (?:respectfully )?believes? (?:that )?(?:(?:the foregoing|this letter|these responses|our responses|the above)\b.{0,40}?\b(?:responsive|responds|addresses|answers)|(?:it|we) (?:has|have) (?:appropriately |fully |adequately )?(?:responded|addressed))`,
  /** "In addition to the foregoing responses, the Company also commits to …": a word on all the answers, after the last (2022-bxp-def14a-corresp). */
  inAdditionToResponses: String.raw`In addition to (?:the foregoing|the above|these|our|its|the Company['’]s) responses\b`,
  /** "I trust that this letter responds adequately to the Staff’s concerns." (c0044), "We hope that the foregoing has been responsive …" (c0117). */
  hopeThisAnswers: String.raw`(?:We|I) (?:hope|trust) (?:that )?(?:the|this|these|our)\b.{0,60}(?:respon|answer|address)`,
  /** "Please do not hesitate to contact me at (212) 450-4111 …" (c0020), "Do not hesitate to …" at a sentence start. */
  doNotHesitate: String.raw`(?:Please )?(?:[Dd]o not|[Dd]on['’]t) hesitate to`,
  /**
   * "Please direct questions regarding this response to me …" (c0013), "Please let us know if you have any questions …" (c0018),
   * an adverb between: "Please also feel free to contact Sandy Rowland …" (c0224).
   */
  pleaseDirect: String.raw`Please (?:also |again )?(?:direct|call|feel free|let (?:us|me) know)`,
  /** "We will be reaching out to David Edgar later this week to see if the Staff would like to discuss any of the foregoing responses …" (c0224). */
  willReachOut: String.raw`(?:We|I) will (?:be )?reach(?:ing)? out to\b.{0,80}?\b(?:discuss|questions|clarification)`,
  /** "Please address any questions to …"; also how a staff comment asks ("Please address the following"), so flattened text leaves it out. */
  pleaseAddress: String.raw`Please address`,
  /**
   * "We appreciate your assistance in enhancing the overall disclosures in our filings." (c0062), "We appreciate the
   * opportunity to respond to the staff's comment letter and look forward to resolving any concerns …" (c0356), "We thank
   * you for your attention to this letter …" (c0185).
   */
  appreciateYourTime: String.raw`(?:We|I|The Company) (?:would )?(?:appreciate|welcome|thank|hope|trust)\b.{0,80}(?:questions|comments|call|contact|review|assistance|consideration|time|attention|opportunity to respond)`,
  /** "Thank you for your consideration." (c0075); not thanks for the letter answered, which opens the body ("Thank you for your letter dated September 20, 2022 …", c0370). */
  thankYou: String.raw`Thank you for (?:your|the Staff['’]s)(?! (?:comment )?letters? (?:dated|of)\b)`,
  /** "We would be pleased to discuss any of the foregoing responses …" (c0066), "We will be pleased to respond promptly to any requests …" (c0083). */
  wouldBePleased: String.raw`(?:We|I) (?:would|will) be (?:pleased|happy|glad) to`,
  /** "Please respond to this letter within ten business days …" (c0021). */
  pleaseRespond: String.raw`Please respond to this letter`,
} as const;

/** The heading of a staff letter's closing section (2016 and before): "Closing Comments". A heading: lines read it alone on its line. */
export const CLOSING_HEADING = String.raw`Closing Comments?`;

/** The Commission's name as letters print it: "Securities and Exchange Commission", "U.S. …", "US …", "United States …". */
export const COMMISSION_NAME = String.raw`(?:(?:U\.?\s?S\.?|United\s+States)\s+)?Securities\s+and\s+Exchange\s+Commission`;
/** The Division that reviews filings and signs the staff's letters. */
export const DIVISION_NAME = String.raw`Division\s+of\s+Corporation\s+Finance`;

/**
 * Salutations that name nobody: "Ladies and Gentlemen:" (c0005), "Gentlemen:", "Dear Sir or Madam:",
 * "Dear Sirs:", "To whom it may concern:" (or capitalised: "To Whom It May Concern:", c0928), "Mesdames and Messieurs:", "To Division
 * of Corporation Finance:" (its colon needed: c0153, blind round 111). Case as
 * printed where a stage reads running text ("to whom it may concern" is words there too).
 */
export const SALUTATION_PHRASES = String.raw`Ladies\s+and\s+Gentlem[ae]n|Gentlemen|Dear\s+Sirs?(?:\s+or\s+Madam)?|To\s+[Ww]hom\s+[Ii]t\s+[Mm]ay\s+[Cc]oncern|TO\s+WHOM\s+IT\s+MAY\s+CONCERN|Mesdames\s+and\s+Messieurs|To\s+(?:the\s+)?${DIVISION_NAME}(?=\s*:)`;

/** A bare "Sir:" or "Sirs:": a salutation only on a line of its own (in running text it is a word). */
export const SALUTATION_ON_ITS_OWN_LINE = String.raw`Sirs?`;

/**
 * The word that opens the subject block: "Re: Ford Motor Company Form 10-K …", "RE:", "Subject:". Case as
 * printed ("re" in running text is a word); each stage adds the colon, or the tab or space lines allow.
 */
export const RE_WORD = String.raw`Re|RE|Subject`;

/** A day's ordinal ending, as some letters print a date: "March 14th, 2008", "2nd of April 2008". */
const DAY_ORDINAL = String.raw`(?:st|nd|rd|th)`;
/** A month as a date prints it: spelled out or abbreviated, a period after it allowed: "August", "Aug.", "Sept". */
export const MONTH_IN_DATE = String.raw`(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\.?`;

/**
 * A date, month first, as letters print it: "August 30, 2017", "Filed March 11, 2022" (c0215:
 * "Filed February 8, 2018"), "Aug. 30, 2017", and with a space before its comma where the day and
 * the rest sat in elements of their own ("October 4 , 2022", flattened HTML: c0285, c0884, c1097); a period
 * typed for its comma ("Filed May 8. 2024", c1143, blind round 143: the filing had no date).
 * No capture groups, so that a stage can capture around it.
 */
export const MONTH_DAY_YEAR = String.raw`${MONTH_IN_DATE}\s+\d{1,2}${DAY_ORDINAL}?\s?[,.]?\s+\d{4}`;

/** A date, day first, as some letters print it: "30 August 2017", "2nd of April 2008" ("of" only after an ordinal: "comment 5 of March 2008" is no date). No capture groups. */
export const DAY_MONTH_YEAR = String.raw`\d{1,2}(?:${DAY_ORDINAL}(?:\s+of)?)?\s+${MONTH_IN_DATE},?\s+\d{4}`;

/**
 * The characters that are bullets in real letters, wherever they stand, as members of a character
 * class (a stage writes `[${BULLET_CHARACTERS}]`, adding the marks that are list markers only where it
 * reads them: dashes, "*", a letter "o"): "•" (most letters), "●" (c0020), "▪" (c0066), "■", "◦" and
 * "○" (a second level: c0027 "… as operating expenses: ◦ These costs do not represent …"), "·" (the
 * Symbol font's bullet as a middle dot: c0010 "The Company acknowledges that: · the Company is
 * responsible …"), and the Symbol and Wingdings fonts' private-use bullets U+F0B7 and U+F0A7 that
 * PDFs and Word HTML carry (c0049).
 */
/**
 * A rule of underscores, dashes or equals signs alone on its line, or of box-drawing lines (w3m draws an <hr> as "━━━", a
 * page break of Word's HTML, c0821): no words (a signature's line, a table's or a page's border, a text browser's <hr>).
 */
export const RULE_ALONE = /^\s*(?:_{3,}|-{3,}|={3,}|[─━═]{3,})\s*$/;

export const BULLET_CHARACTERS = String.raw`•●▪■◦○·\uf0b7\uf0a7`;
/** Text that opens with a bullet ("•", "•Tell"). */
export const BULLET_START = new RegExp(`^[${BULLET_CHARACTERS}]`);

/**
 * Characters the normalised text gives as the plain character they print as, one for one, so that what reads them
 * (citations, form types, phone numbers) and a user's search find them:
 * - the private-use bullets of BULLET_CHARACTERS: no font a reader of the output has draws U+F0B7 (the Symbol font's
 *   bullet) or U+F0A7 (Wingdings' square): "•" and "▪" (the stages before normalisation read them as bullets where they stand);
 * - the hyphen U+2010 and the non-breaking hyphen U+2011 that Word puts in "S‑K", "Form S‑4", "33‑8350" (12 corpus letters): "-".
 */
export const PRINTED_AS: Readonly<Record<string, string>> = { '\uf0b7': '•', '\uf0a7': '▪', '\u2010': '-', '\u2011': '-' };

/** A list item's mark at a line's start, unanchored: a bullet, "(a)", "i.", "1)" (each stage adds its own ^). */
export const LIST_ITEM_MARK = String.raw`(?:[${BULLET_CHARACTERS}\-–—*]\s*|\(?[a-zA-Z0-9]{1,4}[.)]\s+)`;

/**
 * A line that stops on a lower-case word, a comma after it or not: a sentence cut by a line or
 * paragraph break goes on below when the next line starts in lower case ("… considering that
 * depreciation and" / "amortization reflects …"). Not a capitalised word: an address block's
 * "Chief Executive Officer" over "eBay Inc." is two lines.
 */
export const ENDS_ON_LOWER_CASE_WORD = /(?:^|\s)\p{Ll}[\p{L}'’-]*,?$/u;

// Names: of companies and of people.

/**
 * Legal forms abbreviated with a period, so that period need not end a sentence: "Berkshire Hathaway
 * Inc.", "Las Vegas Sands Corp.", "Ford Motor Co.", "Royal Caribbean Cruises Ltd.", "ONEOK Partners,
 * L.P.", "Citibank, N.A.", "Minas Buenaventura S.A.", and N.V. (the Dutch S.A.). Written without the
 * period: a stage adds it.
 */
export const ABBREVIATED_LEGAL_FORM = String.raw`Inc|Corp|Co|Ltd|L\.P|N\.V|N\.A|S\.A`;

/**
 * Legal-form words that end a company name, the abbreviated ones among them (without their period):
 * "Corning Incorporated", "Carrier Global Corporation", "Chubb Limited", "Aon plc", "AON PLC", "NHP
 * LLC", "Ypsomed Distribution AG", "Hilton Worldwide Holdings", "Expedia Group", "Essex Property Trust",
 * "PJT Partners". Some are words a sentence also uses ("the Company", "our Group", "Water Street SE"):
 * a stage reads them at a name's end only.
 */
export const LEGAL_FORM = String.raw`${ABBREVIATED_LEGAL_FORM}|Incorporated|Corporation|Company|Limited|plc|PLC|LLC|LP|AG|SE|Holdings?|Group|Trust|Bancorp|Partners`;

/** The forms a partnership of lawyers or accountants ends its name with: "Davis Polk & Wardwell LLP", "Baker Botts L.L.P.", "Caldwell Stroud & Merritt PLLC". */
export const FIRM_FORM = String.raw`LLP|LLC|PLLC|L\.L\.P\.|L\.L\.C\.|P\.L\.L\.C\.|P\.C\.|P\.A\.`;

/**
 * How a letter addresses one person, without the period: "Mr. Rosenberg", "Ms. Sobotka", "Mrs.", "Dr.",
 * "Hon." (a commissioner: "The Honorable", "Hon. Gary Gensler").
 */
export const PERSONAL_TITLE = 'Mr|Ms|Mrs|Dr|Hon';

/** The same for several people ("Messrs. Smith and Jones", "Mses."), and the personal ones. */
export const COURTESY_TITLE = `${PERSONAL_TITLE}|Messrs|Mses`;

/**
 * A salutation inside running text, as a flattened letter prints the next letter's ("… File No. 333-215288 Dear Ms. Ransom: This
 * letter sets forth …"): "Dear" and names, a courtesy title or not ("Dear Messrs. Henderson, Pande and Windsor:", c1017; the staff
 * template's "Dear Gregory S. Lovins:", a company's "Dear Division of Corporate Finance:", c0206), or a salutation naming nobody,
 * then a colon or a comma and a capital ("Dear Mr. Hamady and Mr. Esquivel, We are responding …"). A pattern's source, the
 * salutation its group 1. Stricter than flat/head.ts's SALUTATION_IN_TEXT, which reads a letter's own head ("Dear" and any words
 * to the first colon or comma): this one is looked for through whole letters (assemble/letter.ts, load/flat/letter-starts.ts),
 * and names every person greeted.
 */
export const SALUTATION_IN_RUNNING_TEXT = String.raw`(?:^|\s)((?:Dear\s+(?:(?:${COURTESY_TITLE})\.?\s+)?\p{Lu}[\p{L}’'.-]*(?:,?\s+(?:(?:and|&|of|the)\s+)?\p{Lu}[\p{L}’'.-]*){0,5}|${SALUTATION_PHRASES})\s*[:,])(?=\s+\p{Lu}|\s*$)`;

/** An EDGAR document header as flattened text prints it, its SGML tags lost: "CORRESP 1 filename1.htm". A pattern's source, the type its group 1. */
export const EDGAR_DOCUMENT_HEADER = String.raw`(CORRESP|UPLOAD|LETTER)\s+\d{1,3}\s+\S+\.(?:htm|html|txt|pdf)`;

/** The staff template's logo as its alternative text reads ("United States securities and exchange commission logo"): a pattern's source, any case. */
export const COMMISSION_LOGO_TEXT = String.raw`(?:United States\s+)?securities and exchange commission logo`;

/** A Re: block's word inside running text ("… February 14, 2017 Via EDGAR … Re: Vistra Energy Corp. … Dear Ms. Ransom: …"): a pattern's source. */
export const RE_IN_RUNNING_TEXT = String.raw`(?:^|\s)(?:${RE_WORD})\s*:\s`;
/** The people addressed by name, no "Dear", then a comma or colon: "Mr. Rosenberg and Ms. Torney,", "Ms. Jane Doe:" (a line, or the words after a flattened letter's Re: block). */
export const NAMED_SALUTATION = new RegExp(
  String.raw`^(?:${COURTESY_TITLE})\.\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}(?:\s*(?:,|and|&)\s*(?:${COURTESY_TITLE})\.\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})*\s*[:,]$`,
  'u',
);
/** A courtesy title as a word of its own, its period included: "Mr.", "Ms.", "Messrs.". */
export const COURTESY_WORD = new RegExp(String.raw`^(?:${COURTESY_TITLE})\.$`);

/** What follows a person's name, without the period: "Charles W. Scharf, Jr.", "Sr.". */
export const NAME_SUFFIX = 'Jr|Sr';
/** A title's first word after "Sr." ("Sr. Asst. Chief Accountant", "Sr. Vice President"): then "Sr." opens the title, not a suffix of the name before it. */
export const TITLE_AFTER_SENIOR = String.raw`(?:Asst\.?|Assistant|Associate|Vice|VP|EVP|Director|Counsel|Managing|Executive|Manager|Staff|Special|Attorney|Accountant|Advis[eo]r|Analyst|Partner|Deputy|Corporate|Legal|Chief|General|Tax|Financial)\b`;

/**
 * The company's acknowledgement of the staff's three points, required until 2016: "Occidental
 * acknowledges that:" (c0426), "Harris acknowledges the following:" (c1071), "We acknowledge the company and
 * its management are responsible for …" (c0188), its name's letters set apart ("the C ompany and its management", c0804), "Best Buy Co., Inc. ("Best Buy") hereby represents that:" (c1032).
 */
export const ACKNOWLEDGEMENT_INTRO = String.raw`(?:acknowledges?|represents?)\s+(?:(?:that|the\s+following)\b|(?:the\s+\S+|we)\b[^.]{0,60}?\bresponsible\b)`;

/**
 * What those points say: the company "is responsible for the adequacy and accuracy of the
 * disclosure", staff comments "do not foreclose the Commission from taking any action", and it "may
 * not assert staff comments as a defense in any proceeding".
 */
export const ACKNOWLEDGED_POINTS = /adequacy\s+and\s+accuracy|accuracy\s+and\s+adequacy|responsible\s+for\s+the\s+(?:adequacy|accuracy)|foreclose\s+the\s+Commission|as\s+a\s+defen[cs]e\s+in\s+any\s+proceeding/i;

/** One sentence up to a word (no colon: not a "Response:" label), a company name's "Inc." or "Corp." allowed: "MMC", "In responding to your comments, Lennar". */
const SENTENCE_LEAD = String.raw`(?:[^.:]|(?<=\b(?:${ABBREVIATED_LEGAL_FORM}|${COURTESY_TITLE}|${NAME_SUFFIX}))\.){0,120}?\b`;

/** A sentence (a line, or flattened text from a sentence start) that opens the acknowledgement: "MMC acknowledges that:", "we hereby acknowledge that (i) …". */
export const ACKNOWLEDGES = new RegExp(String.raw`^${SENTENCE_LEAD}${ACKNOWLEDGEMENT_INTRO}`, 'i');

/**
 * Sentences only a company writes, answering the staff's comment (every stage's opener of an unlabelled
 * answer): "We have reviewed your comment and also Question 100.02" (c0773), "Thank you for your
 * comment", "We appreciate the Staff's comment" (c0912), "We note the Staff's comment with respect to"
 * (c0493), "We note that the Company's most significant revenue share arrangements" (c0619), "We have
 * filed as an exhibit" (c0303), "As explained in our response to Question 2, we aggregated …" (c1051). The staff says "your
 * filing", "We note that you".
 */
export const ANSWERS_THE_COMMENT = String.raw`(?:As (?:explained|discussed|noted|described|stated|indicated|set forth|mentioned) in (?:our|the Company(?:'|’)s) responses? to (?:Question|Comment|question|comment)s? (?:No\. )?\d|(?:We have (?:carefully )?(?:reviewed|considered|read)|Thank you for|We appreciate) (?:the Staff(?:'|’)s|your) comments?|We (?:also )?note (?:the Staff(?:'|’)s|that the Company(?:'|’)s?\b)|We have (?:revised|updated|expanded|included|added|amended|filed|provided|modified|clarified|removed|deleted))`;

/**
 * How a company's unlabelled answer opens, as a sentence start prints it (every stage's opener adds its own
 * company names and case): "In response to the Staff's comment, …" (c0426), "We respectfully advise the
 * Staff …", "We will revise …", "We supplementally advise …".
 */
export const ANSWER_OPENING = String.raw`In response to|We (?:respectfully|acknowledge|confirm|advise|will|supplementally)`;

/**
 * An answer withheld under a confidential treatment request: a notice in brackets where its words stood, "[INFORMATION REDACTED:
 * ***** … INFORMATION REDACTED]" right after the staff's last sentence (c0829); not a page's legend "[CONFIDENTIAL TREATMENT
 * REQUESTED BY …]" nor a figure withheld inside a sentence ("[***]").
 */
export const WITHHELD_ANSWER = /^\[[^\]]{0,40}?\b(?:REDACTED|OMITTED|WITHHELD)\b/i;

/** Sentences that open a company's answer, also as the first item of a list (used only when no label or formatting marks it). */
export const RESPONSE_OPENER = new RegExp(
  String.raw`^(?:[${BULLET_CHARACTERS}\-–—*]\s*)?(?:${ANSWER_OPENING}|The Company|Management|Response\b|${ANSWERS_THE_COMMENT})`,
  'i',
);

/**
 * What may follow the word of a response label, any case, so that every stage reads one shape:
 * "Response to Comment 1", "Response to the Staff's Comment No. 2", "Response No. 3:" (c0732),
 * "Response #4", "Response 5".
 */
export const RESPONSE_LABEL_TAIL = String.raw`(?:\s+to\s+(?:the\s+)?(?:staff(?:'s|’s)?\s+)?comments?(?:\s*(?:(?:no\.?|number)\s*)?(?:#\s*)?\d{1,3})?)?(?:\s*(?:(?:no\.?|number)\s*|#\s*)?\d{1,3})?`;

/**
 * "Management's", MD&A's first word, as letters and the tools that convert them print it: the apostrophe straight or curly,
 * left out ("Managements Discussion and Analysis", c0808, c0949) or made a space (w3m's dump of "Management&#146;s", c0288).
 */
export const MANAGEMENTS = String.raw`Management(?:['’]?| )s`;

/**
 * How the headings of a filing's standard sections start, as printed (a stage adds the i flag or its own
 * anchors): "Item 7. Management's Discussion and Analysis", "Items 1 and 2", "Part II", "Notes to
 * Consolidated Financial Statements", "Exhibits", "Risk Factors", "Prospectus Summary", "Executive Compensation",
 * "Managements Discussion and Analysis" (MANAGEMENTS).
 */
export const SECTION_TITLE_START = String.raw`Item\s+\d|Items\s+\d|Part\s+[IVX\d]|Notes?\s+to\b|Financial\s+Statements|Exhibits?\b|Risk\s+Factors|Prospectus\s+Summary|Executive\s+Compensation|${MANAGEMENTS}\s+Discussion`;

/**
 * A prospectus' description of what it offers or owes, the issuer's name or "Our" between: "Description of Capital Stock",
 * "Description of Our Capital Stock", "Description of Carrier Capital Stock" (c0371), "Description of Securities", "Description
 * of Material Indebtedness" (an information statement's section of its own, c1045).
 */
export const DESCRIPTION_OF_SECURITIES = String.raw`Description\s+of\s+(?:(?:Our|The|[A-Z][\w&.'’-]*)\s+){0,3}?(?:Capital\s+Stock|Securities|Indebtedness)`;

/** The small words a title wrapped onto its next line may stop on: "… Results of" / "Operations" (a title never ends on one). */
export const JOINING_WORDS = String.raw`of|and|the|for|on|in|to|with|by|from|or|a|an`;
/** The small words a name, title, firm or address holds in lower case: the joining words and a name's particles ("de", "van"). */
export const NAME_SMALL_WORDS = String.raw`${JOINING_WORDS}|de|van|von|der|la|du`;
/** One word that is a joining word (JOINING_WORDS), and one that is a name's small word (NAME_SMALL_WORDS). */
export const JOINING_WORD = new RegExp(`^(?:${JOINING_WORDS})$`);
export const NAME_SMALL_WORD = new RegExp(`^(?:${NAME_SMALL_WORDS})$`);
/** A line that ends on a joining word in lower case, as running words do ("… Please refer to", "… of the"; not "Appendix A"): its sentence goes on. */
export const ENDS_ON_JOINING_WORD = new RegExp(String.raw`\s(?:${JOINING_WORDS})\s*$`);

/**
 * A comparison of two periods, MD&A's usual sub-title: "Year Ended December 31, 2024 Compared to Year Ended December 31,
 * 2023", "Fiscal 2023 Compared with Fiscal 2022", "2023 Compared to 2022".
 */
export const PERIOD_COMPARISON = String.raw`(?:(?:Fiscal\s+)?Years?\s+Ended\s+|Fiscal\s+)?(?:${MONTH_DAY_YEAR}|(?:19|20)\d\d)\s+(?:as\s+)?Compared\s+(?:with|to)\s+(?:(?:Fiscal\s+)?Years?\s+Ended\s+|Fiscal\s+)?(?:${MONTH_DAY_YEAR}|(?:19|20)\d\d)`;

/**
 * MD&A's full title, as filings print it (a "Conditions" or an "Operation" too): "Management's Discussion and Analysis of Financial
 * Condition and Results of Operations"; its halves the other way round (c0173), its first word in any of its forms (MANAGEMENTS).
 */
export const MDNA_FULL_TITLE = String.raw`${MANAGEMENTS}\s+Discussion\s+and\s+Analysis\s+of\s+(?:Financial\s+Conditions?\s+and\s+Results\s+of\s+Operations?|Results\s+(?:of\s+Operations?\s+)?and\s+Financial\s+Conditions?)`;

/**
 * Standard section titles whose last word is known, so a heading that follows on the same line (flattened
 * text: "Item 8. Financial Statements Property, Plant, and Equipment, page 52") starts after them. Each a
 * whole title: an Item of a periodic report with its title, or a section every filing of the kind has.
 */
export const COMPLETE_SECTION_TITLE = [
  String.raw`Item\s+\d{1,2}[A-C]?(?:\.|\s+[-–—:]|:)?\s+(?:Financial\s+Statements\s+and\s+Supplementary\s+Data|Financial\s+Statements|Legal\s+Proceedings|Risk\s+Factors|Business|Properties|Controls\s+and\s+Procedures|Quantitative\s+and\s+Qualitative\s+Disclosures?\s+(?:About|of)\s+Market\s+Risk|Selected\s+(?:Consolidated\s+)?Financial\s+Data|Key\s+Information|Information\s+on\s+the\s+Company|Operating\s+and\s+Financial\s+Review\s+and\s+Prospects|Executive\s+Compensation)`,
  String.raw`Critical\s+Accounting\s+(?:Policies\s+and\s+)?Estimates`,
  String.raw`Critical\s+Accounting\s+Policies`,
  String.raw`Liquidity\s+and\s+Capital\s+Resources`,
  String.raw`(?<!\b(?:Free|Discounted|Operating|Future|of|and|&)\s)Cash\s+Flows(?!\s+(?:and|of|for|from|used|provided|in|to|by|Statements?|Hedges?|Information|Data|Discussion|Analysis)\b)`,
  String.raw`Results\s+of\s+Operations(?!\s+(?:and|for|of|by)\b)`,
  String.raw`Prospectus\s+Summary`,
  String.raw`Executive\s+Overview`,
  String.raw`Risk\s+Factors(?!\s+(?:Relat|Summary|Specific|Associated))`,
  String.raw`Summary(?!\s+(?:Compensation|of|Financial|Historical|Consolidated|Unaudited|Pro|Selected|Risk|Term|Annual))`,
  String.raw`(?:Summary\s+of\s+)?Significant\s+Accounting\s+Policies`,
  String.raw`Recent\s+Developments`,
  String.raw`Off-Balance\s+Sheet\s+Arrangements(?!\s+(?:and|of|for|in|to|with)\b)`,
  String.raw`Comparison\s+of\s+(?:(?:Stockholder|Shareholder)s?['’]?\s+Rights|(?:the\s+)?Rights\s+of\s+(?:Stockholders|Shareholders|Holders))(?!\s+(?:and|of|for|in|to|with|Under|Before|After)\b)`,
  // Not where the title goes on with what the statements give effect to ("… Combined Financial Statements Giving Effect to the Transactions, page 151", c0900).
  String.raw`Unaudited\s+Pro\s+Forma\s+(?:Condensed\s+)?(?:Combined|Consolidated)\s+Financial\s+(?:Information|Statements|Data)(?!\s+(?:and|of|for|in|to|with|as|Giving\s+Effect)\b)`,
  String.raw`Certain\s+Relationships\s+and\s+Related(?:\s+Party)?\s+Transactions(?!\s+(?:and|of|for|with|in|to)\b)`,
  String.raw`Non-GAAP\s+(?:Financial\s+)?Measures(?!\s+(?:and|of|for|in|to|Used|Presented|Reconciliation)\b)`,
  String.raw`(?:19|20)\d\d\s+Compared\s+(?:with|to)\s+(?:19|20)\d\d`,
  String.raw`Supplemental\s+Oil\s+and\s+Gas\s+Information(?:\s+\(Unaudited\))?`,
  String.raw`(?:Annual|Long-Term)\s+Incentive\s+(?:Plan|Program)(?!\s+(?:Payouts?|Awards?|Targets?|Design|Metrics?|Goals?|Opportunit\w*|Funding|Results|and|of|for)\b)`,
  String.raw`(?<!\b(?:and|of|&)\s)Basis\s+of\s+Presentation(?!\s+(?:and|of)\b)`,
  String.raw`Our\s+Competitive\s+Strengths`,
  // The Business section's title alone, a heading of its own under it ("Business Our Offerings Offerings for Merchants, page 183", c1149).
  String.raw`Business(?=\s+Our\s+[A-Z])`,
  String.raw`Compensation\s+Discussion\s+and\s+Analysis`,
  String.raw`Executive\s+Compensation(?!\s+(?:Tables?|Committee|Programs?|Philosophy|Awards?|Plans?|Decisions?|Arrangements?|Elements|Overview|Discussion|Practices|Policies|Consultants?|Matters|Information|Disclosure|of|and|for|in)\b)`,
  String.raw`${DESCRIPTION_OF_SECURITIES}(?!\s+(?:to|of|and|Being)\b)`,
].join('|');

/**
 * A note's title going on after one of NOTE_TITLE with a participle and its preposition ("Note 15 - Investments Accounted for by the
 * Equity Method …", c0055; "… Held for Sale"): no heading under it starts there. `word` and `next` are the two words after the title.
 */
export function titleGoesOnWithParticiple(word: string, next: string): boolean {
  return /^(?:\p{Lu}\p{Ll}+ed|Held)$/u.test(word) && /^(?:for|by|at|in|as|to|on|with|from|under|through)$/.test(next);
}

/**
 * The titles of the notes to financial statements that filings share (their accounting subjects), each whole: a flattened
 * heading run "Note 2. Revenue Recognition License Store Revenues, page 11" holds the note's heading and the one under it,
 * printed on two lines; the note's title ends where one of these does and a capitalised word follows. Words that go on
 * with a title ("Equity Method", "Debt Securities", "Goodwill Impairment") are left out by the lookaheads.
 */
export const NOTE_TITLE = [
  // The first note's subjects, one or several: "Organization and Basis of Presentation", "Business, Basis of Presentation and Summary of
  // Significant Accounting Policies" (c0767); "Business" alone is no note's title.
  String.raw`(?:Organization|Description\s+of\s+(?:the\s+)?Business|Nature\s+of\s+(?:the\s+)?(?:Business|Operations)|Business(?=,\s*Basis\s+of\s+Presentation))(?:(?:,\s*|\s+and\s+)Basis\s+of\s+Presentation)?(?:(?:,\s*|,?\s+and\s+)Summary\s+of\s+Significant\s+Accounting\s+Polic(?:y|ies))?`,
  String.raw`(?:Summary\s+of\s+)?(?:Significant\s+)?Accounting\s+Polic(?:y|ies|es)(?:\s+and\s+(?:Estimates|Practices))?`,
  String.raw`Revenues?\s+from\s+Contracts\s+with\s+Customers`,
  String.raw`Revenues?(?:\s+Recognition)?(?!\s+(?:Recognition|Interest|Bonds?|Sharing|Growth)\b)`,
  String.raw`Acquisitions?(?:\s+and\s+(?:Divestitures?|Dispositions?))?`,
  String.raw`Business\s+Combinations?`,
  String.raw`Discontinued\s+Operations`,
  String.raw`Goodwill\s+and\s+(?:Other\s+)?Intangible\s+Assets(?:,?\s+Net)?`,
  String.raw`Property,?\s+(?:Plant\s+)?and\s+Equipment(?:,?\s+Net)?`,
  String.raw`(?:Long-Term\s+)?Debt(?!\s+(?:Securities|Obligations?|Instruments?|Extinguishment|Issuance|Covenants?|Financing|Modification)\b)`,
  String.raw`Income\s+Taxes`,
  String.raw`Fair\s+Value\s+(?:Measurements?|of\s+Financial\s+Instruments)`,
  String.raw`Derivatives?(?:\s+Financial)?\s+Instruments(?:\s+and\s+Hedging\s+Activities)?`,
  String.raw`Commitments\s+and\s+Contingencies`,
  String.raw`Contingencies`,
  String.raw`(?:Stock|Share|Equity)-Based\s+Compensation`,
  String.raw`Earnings\s+(?:\(Loss\)\s+)?Per\s+Share`,
  String.raw`Segment\s+(?:Information|Reporting)`,
  String.raw`Related\s+Party\s+Transactions`,
  String.raw`Subsequent\s+Events`,
  String.raw`Investments(?!\s+(?:in|and)\b)`,
  String.raw`Inventories`,
  String.raw`Restructuring\s+(?:Charges|Costs)`,
  String.raw`Variable\s+Interest\s+Entities`,
  String.raw`Collaborati(?:ve|on)\s+(?:Arrangements|Agreements)`,
  String.raw`Loans(?:\s*\/\s*Leases)?\s+and\s+(?:the\s+)?Allowance\s+for\s+(?:Credit|Loan)\s+Losses`,
  String.raw`Condensed\s+Consolidating\s+(?:Financial\s+)?Information`,
  String.raw`Unpaid\s+Losses\s+and\s+Loss\s+(?:Adjustment\s+)?Expenses`,
].join('|');

/**
 * The header row of a table that sets each comment beside its answer: "Staff Comment" | "Company Response", "No." | "Comment" |
 * "Response". `between` is what stands between two columns' words (a space once the cells are joined, tabs in a line).
 */
export function commentsBesideAnswersHeader(between: string): RegExp {
  return new RegExp(String.raw`^\s*(?:(?:No\.?|#|Number|Item)${between})?(?:(?:SEC|Staff|Commission)(?:['’]s)?\s+)?Comments?\s*(?:No\.|#)?${between}(?:(?:The\s+)?(?:Company|Registrant|Our|Issuer)(?:['’]s)?\s+)?(?:Responses?|Answers?)\s*$`, 'i');
}

/**
 * The company speaking of itself, as an answer does: "we", "our", or a verb of its answers ("Capital One respectfully acknowledges …",
 * "Marriott believes that its operations …"). Read where STAFF_VOICE does not match: the staff's "We note" is the staff's.
 */
/** A company pointing to its own words as an answer opens: "Please see the proposed disclosure below." (c0311), which STAFF_VOICE's opening "Please" also hears. */
export const OWN_WORDS_POINTED = /^Please see\b[^.]{0,80}\b(?:below|attached|enclosed|herewith)\b/;

export const OWN_VOICE = /\b(?:we|our|us|respectfully|believes|acknowledges|confirms|advises)\b/i;

/**
 * The staff's voice: it speaks to the company ("you", "your") or asks ("Please", "Tell us", "We note", "For example, we note", c0821,
 * "If material, revise …", "If not available, demonstrate to us …", "In an appropriate location, disclose …", "Address also the impact …", "Address for us the potential impact …", c0466); a
 * company's answer speaks of itself and to "the Staff" (c0012: "Concurrently with the submission of this letter, the Company…"), and
 * its "Please see the reconciliation below" points to its own words (c0854), its "your comment letter" and "your inquiries" to the
 * staff's (c0593, c0999: the staff never calls its own words the company's comments or inquiries); "should be" asks a change, but
 * "whether … should be recognized" weighs an accounting answer (c0602). The staff's "We refer you to …" is its own; "We refer the
 * Staff to …" and "We refer to our telephone call …" are the company's (c0710).
 */
export const STAFF_VOICE = new RegExp(
  String.raw`\b(?:you|your(?!\s+(?:comments?|inquir(?:y|ies))\b)|yours|please(?!\s+(?:see|find|refer\s+to)\b[^.]{0,80}\b(?:below|attached|enclosed|herewith)\b|\s+(?:see|refer\s+to)\s+(?:our|the\s+Company(?:'|’)s)\s+(?:responses?|answers?)\b))\b|\bappears?\s+to\b|\bit\s+(?:also\s+)?appears\b|\bit\s+(?:remains|is)\s+(?:still\s+)?unclear\b|\bshould\s+(?:be(?!\s+(?:recogni[sz]ed|recorded|measured|accounted|capitalized|expensed|amortized|consolidated|impaired)\b)|provide|include|disclose|describe|discuss|address|clarify|explain|quantify|consider)\b|^(?:[${BULLET_CHARACTERS}\-–—*]\s*|\(?[a-z0-9]{1,3}[.)]\s+)?(?:Please|Tell us|Explain|Revise|Disclose|Provide|Describe|Clarify|Quantify|Expand|Discuss|Refer to|Include|Identify|Consider|Confirm|Advise us|(?:Also|In addition|Additionally|Further(?:more)?|Finally|Lastly),? (?:please|tell|explain|revise|disclose|provide|clarify|describe|discuss|quantify|expand|include|identify|confirm|address|refer to (?:ASC|Item|Rule|Question|Regulation|SAB|IAS|IFRS|Section)\b)|For (?:additional |further |more )?guidance|Reference|See|(?:(?:For example|For instance|Ultimately|Similarly|In particular|Specifically|Finally|Further(?:more)?|Additionally|In addition|Also),? )?We (?:also |further |additionally )?(?:note|notice|read)\b|We (?:may|remind|refer(?!\s+(?:the\s+Staff|to\s+our)\b)|urge|re-?issue)|In (?:this|that) regard|To the extent|Such disclosure|This would|If\b[^.]{0,240}?,\s*(?:either\s+|also\s+)?(?:revise|disclose|tell|explain|provide|describe|clarify|quantify|expand|discuss|include|identify|confirm|demonstrate|state|file|remove|show|present)|(?:In\b[^.,]{0,80}|For (?:example|instance)),\s*(?:please\s+)?(?:revise|disclose|tell|explain|provide|describe|clarify|quantify|expand|discuss|include|identify|confirm|address)\b|Address\s+(?:also\s+)?(?:for\s+us\s+)?(?:the|how|whether|why|any|each)\b\b)\b`,
  'i',
);

/**
 * A request of the staff's, as a sentence opens with it (after a lead-in: "As such, explain why …", c0821): what no sentence
 * of a company's answer opens with ("Please see …" it may). Unanchored: each reader says where it starts.
 */
export const STAFF_REQUEST_WORDS = String.raw`(?:(?:As such|Also|In addition|Additionally|Accordingly|Further(?:more)?|Alternatively|Otherwise|Finally|Lastly),?\s+)?(?:Please\s+(?!see\b|refer\b|note\b|find\b|let\b|contact\b|call\b|do\s+not\b|feel\b|be\s+advised\b|direct\b)|Tell us\b|Revise\b|Disclose\b|Explain\b|Clarify\b|Quantify\b|Expand\b|Describe\b|Discuss\b|Confirm\b|Advise us\b|Identify\b|Provide\b)`;

/**
 * A part of a comment as the staff marks it, opening a paragraph: a bullet or a letter or number ("b.", "(ii)", "2)"), then a
 * request or "We note" ("• Tell us how …", "b. Please provide …"): what a company that answers a comment's parts one by
 * one repeats above each answer (c0027, c0886).
 */
export const PART_REQUEST = new RegExp(String.raw`^(?:[${BULLET_CHARACTERS}\-–—*]\s*|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s*)(?:${STAFF_REQUEST_WORDS}|We\s+(?:also\s+)?note\b)`, 'i');

/** How far into a paragraph its opening is read for the staff's voice: a first sentence may only set the scene ("The Offeror represents at page 28 … Please revise …"). */
export const STAFF_VOICE_REACH = 300;

/** Whether the words from `from` open in the staff's voice (STAFF_VOICE within STAFF_VOICE_REACH characters). */
export function opensInStaffVoice(text: string, from = 0): boolean {
  return STAFF_VOICE.test(text.slice(from, from + STAFF_VOICE_REACH));
}

/**
 * The SEC staff template's mail-merge field names, left in the running header of pages 2+ of its letters
 * ("FirstName LastNameMark Hamburg", "Comapany NameBerkshire Hathaway Inc.", the template's own typo; c0001).
 */
export const MAIL_MERGE_FIELDS = 'FirstName|LastName|Comapany';

/** The words that open a copy-to list below the signature: "cc:" (c0001), "c.c.", "Copy to:", "Copies to:", "With copies to:". Any case. */
export const COPY_TO_WORDS = String.raw`cc|c\.c\.|copy to|copies to|with copies? to|cop(?:y|ies)(?=\s*:)`;
/**
 * A copy-to list's label as it opens a line, its words and then a colon, a stop, a tab or a blank ("cc:Waste Management, Inc.:"
 * with no space after the colon, c0430, is one too): what classify's CC_LINE and a text letter's loader read (blanks before it theirs).
 */
export const COPY_TO_LABEL = String.raw`(?:${COPY_TO_WORDS})\s*(?:[:.]?(?:\t|\s|$)|:(?=\p{Lu}))`;

/** A staff office's line of the Division's signature: "Office of Technology", "Disclosure Review Program". */
export const STAFF_OFFICE = String.raw`Office of [A-Z][\p{L}&,\s]*|Disclosure Review Program`;

// Page markers.

/** The word of a page number ("Page 2"), alone as flattened text's tokens see it. */
export const PAGE_WORD = 'Page';

/**
 * A page number in a running header or footer: "Page 2" (c0009, a staff letter's header: "February 7, 2017 Page 4"),
 * "Page 2 of 3" (c0045), "Page - 2 -" (c0828). A stage that reads "PAGE 2" adds the i flag.
 */
export const PAGE_NUMBER_MARKER = String.raw`${PAGE_WORD}\s*(?:-\s*\d{1,3}\s*-|\d{1,3}(?:\s*of\s*\d{1,3})?)`;

/** A page number between dashes: "- 2 -" (c0532: "… under the S-4 Registration Statement. - 2 - The Registrants …"). */
export const DASHED_PAGE_NUMBER = String.raw`[-–—]\s*\d{1,3}\s*[-–—]`;

/**
 * Proxy and information statement types as EDGAR names them, with or without the blank: "PREC14A
 * preliminary proxy statement" (c0005), "DFAN14A", "DEF 14A", "PRER14A" (2020-aon-prer14a-corresp).
 */
export const PROXY_FORMS = String.raw`(?:PRE|DEF|PREC|DEFA|DFAN|PREM|DEFM|PRER|PRRN|DEFC|DEFR|DEFN|PREN)\s?14[ACF]`;

/** Schedules as EDGAR names them: "SC TO-I", "SC 13D", "SC 13E-3", "SC 14D9" ("Schedule TO-I Filed May 1, 2018", c0086). */
export const SCHEDULE_FORMS = String.raw`SC\s?(?:TO-[TIC]|13[DEG](?:-?3)?|14D-?9|14F1)`;

/**
 * Registration statements and their drafts: "Registration Statement on Form S-1" (c0007), "F-4", "Form
 * 10-12B" (c0008), "DRS" (2020-applovin-drs-s1-upload), "1-A" (an offering statement), "N-2".
 */
export const REGISTRATION_FORMS = String.raw`DRS|[SF]-\d{1,2}|10-12[BG]|1-A|N-\d[A-Z]?`;

/**
 * Periodic reports, reviewed by form and fiscal period: "Form 10-K for the Fiscal Year Ended September
 * 29, 2019" (c0006), "Quarterly Report on Form 10-Q" (c0040), "Report on Form 11-K" (c1066), "20-F",
 * "40-F", the transition report "10-KT", a fund's "N-CSR". "10-KT" before "10-K": read unanchored, the
 * longer name wins.
 */
export const PERIODIC_FORMS = String.raw`10-KT|10-K|10-Q|20-F|40-F|11-K|N-CSR`;

/** Current reports: "Form 8-K filed December 21, 2016" (c0009), a foreign issuer's "6-K". */
export const CURRENT_REPORT_FORMS = String.raw`8-K|6-K`;

/**
 * Schedules as letters cite them, after "Schedule": "Item 21(b) of Schedule 14A", "Item 10 of Schedule
 * TO" (2018-abbvie-scheduleto-corresp), "Item 7 of Schedule 13E-3" (c0294), "Schedule 14C" (c0127),
 * "Schedule 13D", "13G", "14D-9", "14D-1". EDGAR's own names for them are SCHEDULE_FORMS ("SC TO-I").
 */
export const SCHEDULE_NAMES = String.raw`14A|14C|TO|13D|13G|13E-3|14D-9|14D-1`;

/**
 * Every EDGAR form type above, as letters print it with or without "Form" in front, an amendment's "/A"
 * included: "PREC14A and DFAN14A Filed March 28, 2024", "SC TO-I filed …", "DRS/A submitted …", "10-K/A".
 * A stage adds its own ends (a word boundary before, no word character or dash after: not "10-KSB").
 */
export const EDGAR_FORMS = String.raw`(?:${PROXY_FORMS}|${SCHEDULE_FORMS}|${REGISTRATION_FORMS}|${PERIODIC_FORMS}|${CURRENT_REPORT_FORMS})(?:\/A)?`;

/**
 * The words a filing's title opens with, as a Re: block or a filing heading prints it: "Form 10-K for
 * the Fiscal Year Ended September 29, 2019" (c0006), "Registration Statement on Form S-1" (c0007),
 * "Annual Report on Form 10-K" (c0010), "Quarterly Report on Form 10-Q" (c0040), "Current Report on
 * Form 8-K" (c0098), "Definitive Additional Materials" (c0098), "Amended Registration Statement"
 * (c0336), "Schedule TO-I" (c0086), "Amendment No. 2 to Draft Registration Statement" (c0131); no corpus
 * letter yet names a "Post-Effective Amendment" or an "Offering Statement on Form 1-A".
 */
export const FILING_TITLE_START = String.raw`Forms?\s+[0-9A-Z][\w-]*\b|Amendment\s+No\.|Amendment\s+\d{1,2}\s+to\b|Amended\s+(?:Registration|Form|Draft)|(?:Draft\s+)?Registration\s+Statement|Draft\s+Offering|Offering\s+Statement|Schedule\s+(?:TO|14[A-Z]?|13[DE])|(?:Revised\s+)?Preliminary\s+(?:Proxy|Information)|Definitive\s+(?:Proxy|Additional)|Annual\s+Report|Quarterly\s+Report|Current\s+Report|Post-Effective|(?:Additional\s+)?(?:Definitive\s+)?(?:Proxy\s+)?Soliciting\s+Materials?\b`;

/**
 * Words that open a filing's title and go on into another title's words, so a stage that splits text
 * before every title start does not split after them: "Draft Registration Statement" (c0278), "Amended
 * Registration Statement" (c0336), "Revised Preliminary Proxy Statement", "Post-Effective Amendment No. 1".
 */
export const TITLE_QUALIFIERS = String.raw`Amended|Draft|Revised|Post-Effective`;

/**
 * A company letter named in a Re: block beside the filing: "Response dated June 12, 2024" (c0015),
 * "Response Letter Filed January 15, 2021" (c0840), "Correspondence filed April 9, 2024" (c0305), "Supplemental Response".
 */
export const CORRESPONDENCE_TITLE_START = String.raw`Response\s+dated|Response\s+[Ll]etters?\s+(?:[Ff]iled|[Dd]ated|[Ss]ubmitted)|Supplemental\s+Response|Correspondence\s+(?:filed|dated|submitted)`;
/** A line that opens naming such a letter (its date the letter's, no filing's): "Response dated June 12, 2024". */
export const CORRESPONDENCE_TITLE = new RegExp(`^(?:${CORRESPONDENCE_TITLE_START})`, 'i');

/** The company speaking as "we": a paragraph with none of these words speaks in no one's voice or the staff's. */
export const SPEAKS_AS_WE = /\b(?:we|our|us)\b/i;

/** The first word of a document's title appended to a letter: "Appendix A", "ANNEX", "Exhibit 1" (the flattened loader's splits). */
export const APPENDED_DOCUMENT_WORD = String.raw`Appendix|APPENDIX|Attachment|ATTACHMENT|Annex|ANNEX|Exhibit|EXHIBIT`;

/** A staff letter's words that comments follow: "… and have the following comment", "we have the following comments". */
export const FOLLOWING_COMMENTS = /\bthe\s+following\s+comments?\b/i;

/** A street address, a city with its ZIP code, a telephone number or a web address: what a letterhead's footer prints. */
export const CONTACT_DETAILS = new RegExp(
  [
    String.raw`(?:^|\s)\d{1,6}\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4}\s+(?:Blvd|Boulevard|Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Parkway|Pkwy|Way|Place|Plaza|Lane|Court|Center|Centre)\b`,
    String.raw`\b[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)*,?\s(?:[A-Z]{2}|[A-Z][a-z]+)\.?,?\s\d{5}(?:-\d{4})?\b`,
    String.raw`(?:\(\d{3}\)\s?|\b\d{3}[.\s-])\d{3}[.\s-]\d{4}\b`,
    String.raw`\bwww\.[\w-]+\.\w+|\b[\w-]+\.(?:com|net|org)\b`,
  ].join('|'),
);
/** What sets a letterhead footer's parts apart: "The Venetian | The Palazzo", "50 NORTHERN AVENUE • BOSTON, MA" (one character each). */
export const FOOTER_SEPARATORS = '|•·';
