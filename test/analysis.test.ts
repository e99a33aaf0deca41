// Analysis fields: canonical citations in every wording, response actions from the company's words, and a floor on the hand labels of fixtures/analysis.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_MODEL } from '../src/analyze/action-model.js';
import { actionEvidence, actionsByRules, actionsOf, actionWords, textWordWeights, wordWeights } from '../src/analyze/actions.js';
import { findCitations, letterContext } from '../src/analyze/citations.js';
import { analyzeComment } from '../src/analyze/comment.js';
import { TOPIC_MODEL } from '../src/analyze/topic-model.js';
import type { TopicModel } from '../src/analyze/topic-model-type.js';
import { chooseTopics, TOPICS, textWordWeights as topicTextWordWeights, topicEvidence, topicsOf, topicWords, wordWeights as topicWordWeights } from '../src/analyze/topics.js';
import { TOPIC_IDS } from '../src/analyze/topic-ids.js';
import { RESPONSE_ACTIONS } from '../src/analyze/action-ids.js';

const cite = (text: string) => findCitations(text).map((c) => c.canonical);

describe('findCitations', () => {
  it.each([
    ['Refer to ASC 350-20-35-3C.', ['ASC 350-20-35-3C']],
    ['See ASC 820-10-50-2(bbb) and FASB ASC Topic 606.', ['ASC 820-10-50-2(bbb)', 'ASC 606']],
    // The doubled items past "z" printed without parentheses (c0441), not a word run on ("50-2and", flattened text).
    ['Refer to ASC 820-10-50-2bbb and ASC 820-10-50-2and the rest.', ['ASC 820-10-50-2bbb', 'ASC 820-10-50-2']],
    // The Codification's SEC materials (SAB 99 codified: c0715, c1004).
    ['Refer to SAB 99 (ASC 250-10-S99-1) and ASC 250-10-S99.', ['SAB 99', 'ASC 250-10-S99-1', 'ASC 250-10-S99']],
    // US GAAP before the Codification, as letters before 2009 cite it (and c0819's insurance response, "FAS 97" and "SOP 05-1").
    ['Refer to SFAS 131, FAS 133 and Statement of Financial Accounting Standards No. 142 ("SFAS 142").', ['SFAS 131', 'SFAS 133', 'SFAS 142']],
    ['See SFAS Nos. 141 and 142, SFAS 123R, FASB Interpretation No. 46(R) and FIN 48.', ['SFAS 141', 'SFAS 142', 'SFAS 123(R)', 'FIN 46(R)', 'FIN 48']],
    ['Tell us how EITF Issue No. 00-21, SOP 97-2, APB Opinion No. 25, ARB 51 and FSP FAS 157-2 apply.', ['EITF 00-21', 'SOP 97-2', 'APB 25', 'ARB 51', 'FSP FAS 157-2']],
    ['Your FIN 2024 results and the fin. statements under SFAS 115-2 cite nothing.', []],
    // A statement of position's number without the leading zero a misprint gives it (c0819: "SOP 05-1" and "SOP 05-01" in one answer).
    ['as prescribed by ASC 944-30 (formerly SOP 05-01) and SOP 05-1.', ['ASC 944-30', 'SOP 05-1']],
    // A four-digit rule is no three-digit one read short (c0557: "PCAOB Rule 1001(i)(iii)" gave "Securities Act Rule 100").
    ['PCAOB Rule 1001(i)(iii) states that an issuer means …; see Rule 100(b) of Regulation G.', ['Regulation G Rule 100(b)']],
    // Regulation S-X and S-K by their parts of the Code of Federal Regulations (c0043, c0160, c0328); other parts whole as printed.
    ['is a strict application of Regulation S-X Rule 210.7-03(a)1.', ['S-X Rule 7-03(a)1']],
    ['as defined in (17 CFR 210.1-02(w)), 17 C.F.R. 229.303(b) and 17 C.F.R. §240.10D-1(d).', ['S-X Rule 1-02(w)', 'S-K Item 303(b)', '17 C.F.R. §240.10D-1(d)']],
    // Regulation G's rules named before them, and bare in a text on non-GAAP measures (c0724: "Securities Act Rule 100" before).
    ['as well as Regulation G Rule 100 (specifically, subsection (b)), do not create misleading non-GAAP disclosure as prohibited by Rule 100(b).', ['Regulation G Rule 100', 'Regulation G Rule 100(b)']],
    ['an exemption under Rule 144 and the safe harbor of Rule 100 for these transactions.', ['Securities Act Rule 144', 'Securities Act Rule 100']],
    // An S-K item's paragraph is a lower-case letter however printed (c1134, c0527); a bare two-digit item other than 10 is no S-K item (c1088, a Form S-4's Item 18).
    ['Refer to Instruction 4 to Item 303(A) of Regulation S-K and Item 1303(B)(2)(i) of Regulation S-K.', ['S-K Item 303(a) Instruction 4', 'S-K Item 1303(b)(2)(i)']],
    // The Code of Federal Regulations' print too, and its deeper capitals kept (they are the regulation's own).
    ['as 17 C.F.R. 229.303(A)(3) and 17 CFR 229.402(c)(2)(ix)(A) require.', ['S-K Item 303(a)(3)', 'S-K Item 402(c)(2)(ix)(A)']],
    ['Item 18(a)(5)(i) disclosure regarding insiders’ interests, and Item 10(e) measures.', ['S-K Item 10(e)']],
    // A staff accounting bulletin's lettered topic in parentheses (c0071); an S-X rule printed without "Regulation" or "Rule" (c0722).
    ['to comply with SEC Staff Accounting Bulletin Topic 11 (L) was not necessary, and S-X 4-08(h) tax disclosure.', ['SAB Topic 11.L', 'S-X Rule 4-08(h)']],
    // A range to a paragraph with a letter: not topic 324 (c0061).
    ['See ASC 606-10-55-324A through 324G, and ASC 350 and 360.', ['ASC 606-10-55-324A', 'ASC 606-10-55-324G', 'ASC 350', 'ASC 360']],
    ['Refer to Item 303(b)(2)(ii) of Regulation S-K.', ['S-K Item 303(b)(2)(ii)']],
    ['Regulation S-K Item 105 requires …', ['S-K Item 105']],
    ['Please provide the disclosure required by Item 402.', ['S-K Item 402']],
    ['Provide the information required by Items 401 and 402 of Regulation S-K.', ['S-K Item 401', 'S-K Item 402']],
    ['Refer to Rule 3-05 of Regulation S-X and Article 11 of Regulation S-X.', ['S-X Rule 3-05', 'S-X Article 11']],
    ['See SAB Topic 5.P.', ['SAB Topic 5.P']],
    ['Refer to Rule 430B under the Securities Act and Exchange Act Rule 13a-15(e).', ['Securities Act Rule 430B', 'Exchange Act Rule 13a-15(e)']],
    ['See Regulation G and Question 102.11 of the Non-GAAP Financial Measures Compliance and Disclosure Interpretations.', ['Regulation G', 'Non-GAAP C&DI 102.11']],
    ['We note IFRS 15, IAS 36 and PCAOB AS 2201.', ['IFRS 15', 'IAS 36', 'PCAOB AS 2201']],
    // The Exchange Act's rules with a capital or a letter and a figure (c0733: "Rule 10D-1 under the Securities Exchange Act of 1934").
    ['Rule 10D-1 under the Securities Exchange Act of 1934, Rule 10A-3 and Rule 15c2-11(b)', ['Exchange Act Rule 10D-1', 'Exchange Act Rule 10A-3', 'Exchange Act Rule 15c2-11(b)']],
    // Its reporting, proxy and tender offer sections named bare (c0347, c0694); another document's section is none.
    ['an illusory offer in contravention of Section 14(e). Reports under Sections 13(a) or 15(d)', ['Exchange Act Section 14(e)', 'Exchange Act Section 13(a)', 'Exchange Act Section 15(d)']],
    ['under Section 13(a) of the Merger Agreement and Section 12(b)', []],
    // The Sarbanes-Oxley Act's certifications named bare (c0941), not the tax code's section 302; Form 8-K's items by their shape (c0957, c1083).
    ['your Section 302 certification and Section 906 certifications; a redemption under Section 302 of the Code', ['Sarbanes-Oxley Act Section 302', 'Sarbanes-Oxley Act Section 906']],
    ['our Form 8-K furnished in accordance with Item 2.02 and see Item 5.02(e).', ['Form 8-K Item 2.02', 'Form 8-K Item 5.02(e)']],
    // An international standard's paragraph after its point, a range by its ends (c0921: "IAS 20.7", "IAS 20.24-25").
    ['we also considered IAS 20.7. IAS 20.24-25 states that', ['IAS 20.7', 'IAS 20.24', 'IAS 20.25']],
    ['Refer to IFRS 15.B34, IFRS 9.5.5.17 and IFRS 16.C5(b).', ['IFRS 15.B34', 'IFRS 9.5.5.17', 'IFRS 16.C5(b)']],
    ['Refer to Item 2.02 of Form 8-K and Section 13(a) of the Exchange Act.', ['Form 8-K Item 2.02', 'Exchange Act Section 13(a)']],
    // Lists split, ranges by their ends (fixtures/analysis/README.md).
    ['in accordance with ASC 606-10-50-17 and 19.', ['ASC 606-10-50-17', 'ASC 606-10-50-19']],
    ['See ASC 280-10-50-30(a), (c), and (d).', ['ASC 280-10-50-30(a)', 'ASC 280-10-50-30(c)', 'ASC 280-10-50-30(d)']],
    ['ASC 606-10-32-32 to -34 acknowledge that', ['ASC 606-10-32-32', 'ASC 606-10-32-34']],
    ['Refer to the disclosure requirements in Items 1202(a)(1) through 1202(a)(4) of Regulation S-K.', ['S-K Item 1202(a)(1)', 'S-K Item 1202(a)(4)']],
    ['Refer to Items 10(e)(1)(i)(C) and (D) of Regulation S-K.', ['S-K Item 10(e)(1)(i)(C)', 'S-K Item 10(e)(1)(i)(D)']],
    ['the appropriate provisions of Articles 5 and 7 of Regulation S-X.', ['S-X Article 5', 'S-X Article 7']],
    ['complies with Rules 7-03(a)1 and 7-03(a)2 of Regulation S-X', ['S-X Rule 7-03(a)1', 'S-X Rule 7-03(a)2']],
    ['in accordance with SAB Topic 1:M and 1:N.', ['SAB Topic 1.M', 'SAB Topic 1.N']],
    // Round 6 wordings (fixtures/analysis-corpus): suffixes after a dot or of two letters, a space before the paragraphs, a deeper
    // member of a list, a regulation named first with a comma, "Release no.".
    ['pursuant to ASC 740-30-50-2.b. Also', ['ASC 740-30-50-2.b']],
    ['as stipulated in ASC 944-40-50-4Da. If not', ['ASC 944-40-50-4Da']],
    ['as required by Item 1303 (B)(2)(i) of Regulation S-K.', ['S-K Item 1303(b)(2)(i)']],
    ['the disclosures outlined in ASC 606-10-50-12 (b) with respect to', ['ASC 606-10-50-12(b)']],
    ['The guidance in Item 303(a) and (b)(2) of Regulation S-K requires', ['S-K Item 303(a)', 'S-K Item 303(b)(2)']],
    ['Refer to Items 303(c) and (b)(2)(i) through (iii) of Regulation S-K.', ['S-K Item 303(c)', 'S-K Item 303(b)(2)(i)', 'S-K Item 303(b)(2)(iii)']],
    ['consistent with Regulation S-X, Item 4-08(h)(2), we separately present', ['S-X Rule 4-08(h)(2)']],
    ['an unqualified tax opinion in accordance with Regulation S-K, Item 601(b)(8).', ['S-K Item 601(b)(8)']],
    ['Results of Operations (Release no. 34-48960).', ['Release 34-48960']],
    // Round 7 wordings: a Codification number broken after a hyphen, a current report's item with no "of" (one filed on a date
    // too, as round 10's labels count it: c0423), a table row whose label ends in "Items" (a tab between is a cell edge).
    ['revenue by product or service in accordance with ASC 280- 10-50-40.', ['ASC 280-10-50-40']],
    ['why the Company did not file an Item 1.01 Form 8-K reporting the waiver.', ['Form 8-K Item 1.01']],
    ['As disclosed in its Item 4.02 Form 8-K filed on November 5, 2024, the Company', ['Form 8-K Item 4.02']],
    ['Remaining Smaller Items\t150 bps', []],
    // Codification lists whose members repeat the section, or print only the paragraph of a long number (corpus wordings).
    ['Refer to ASC 350-20-35-33 through 35-37.', ['ASC 350-20-35-33', 'ASC 350-20-35-37']],
    ['Refer to ASC 605-50-25-4, 25-7, 25-8, and 25-9.', ['ASC 605-50-25-4', 'ASC 605-50-25-7', 'ASC 605-50-25-8', 'ASC 605-50-25-9']],
    ['See ASC 606-10-55-353 through 356.', ['ASC 606-10-55-353', 'ASC 606-10-55-356']],
    ['See ASC 350 and 360.', ['ASC 350', 'ASC 360']],
    ['Refer to ASC 280-10-50-30b.', ['ASC 280-10-50-30b']],
    ['Refer to FASB ASC paragraph 450-20-50-4 and Question 2 to SAB Topic 5:Y.', ['ASC 450-20-50-4', 'SAB Topic 5.Y Question 2']],
    // A Codification paragraph without "ASC"; file and phone numbers are not one.
    ['Refer to 606-10-50-12(c). Reference 606-10-25-19 through 22.', ['ASC 606-10-50-12(c)', 'ASC 606-10-25-19', 'ASC 606-10-25-22']],
    ['File No. 001-36743, telephone 202-551-3300', []],
    // S-X rules printed as items or articles, broken at a line end, and a range of subparagraphs.
    ['We refer to Item 5-03(b)1 and 2 of Regulation S-X.', ['S-X Rule 5-03(b)1', 'S-X Rule 5-03(b)2']],
    ['The instruction to Article  4-08(h)(1) of Regulation S-X states', ['S-X Rule 4-08(h)(1)']],
    ['We refer you to Rule 11- 02(b)(6) of Regulation S-X.', ['S-X Rule 11-02(b)(6)']],
    ['pursuant to Item 10(e)(1)(i)(C)-(D) of Regulation S-K.', ['S-K Item 10(e)(1)(i)(C)', 'S-K Item 10(e)(1)(i)(D)']],
    // Joint releases, C&DI sets named before, after or not at all, and staff legal bulletins.
    ['Refer to Item V of Release Nos. 33-8350/34-48960.', ['Release 33-8350', 'Release 34-48960']],
    // The Industry Guides of letters before 2021; "Guide 3" alone where its title follows.
    ['Please tell us how your proven reserves meet the definition of a reserve under Industry Guide 7.', ['Industry Guide 7']],
    ['Please provide the loan maturity table required by Guide 3, Statistical Disclosure by Bank Holding Companies.', ['Industry Guide 3']],
    ['See the User Guide 3 for the portal.', []],
    ['Refer to Item 10(e)(1)(i)(A) of Regulation S-K and Question 102.10 of the C&DI for guidance.', ['S-K Item 10(e)(1)(i)(A)', 'C&DI 102.10']],
    ['Refer to Item 102.11 of the non-GAAP C&DIs.', ['Non-GAAP C&DI 102.11']],
    ['the updated Compliance and Disclosure Interpretations issued on May 17, 2016 on the use of non-GAAP financial measures, specifically question 100.04.', ['Non-GAAP C&DI 100.04']],
    ['refer to Regulation S-K Compliance and Disclosure Interpretation 128D.13.', ['Regulation S-K C&DI 128D.13']],
    ['as described in Non-GAAP C&DI 102.10(a).', ['Non-GAAP C&DI 102.10(a)']],
    ['See Sec. III.A.2 of Staff Legal Bulletin No. 19.', ['Staff Legal Bulletin No. 19']],
    // Typos and wordings of the same provision.
    ['your treatment complies with ASC-250-10-50-7.', ['ASC 250-10-50-7']],
    ['Refer to Rule 11-02-(a)(9)(i) of Regulation S-X.', ['S-X Rule 11-02(a)(9)(i)']],
    ['in accordance with Regulation S-X 11-02(a)(7).', ['S-X Rule 11-02(a)(7)']],
    ['Pursuant to paragraph (b)(4) of Rule 3-05, financial statements', ['S-X Rule 3-05(b)(4)']],
    ['the guidance in ASC 944-325, which provides', ['ASC 944-325']],
    ['disclosure requirements in FASB ASC 932-235-50-5(a).', ['ASC 932-235-50-5(a)']],
    ['Refer to Item 100(a) of Regulation G.', ['Regulation G Rule 100(a)']],
    ['comply with Rule 100(b) of Regulation G. Please also comply with Regulation G.', ['Regulation G Rule 100(b)', 'Regulation G']],
    ['our balance sheet formats comply with Regulation S-X.', ['Regulation S-X']],
    // A dash typed as two hyphens ends the name; one hyphen goes on with it.
    ['see Regulation G--Non-GAAP Measures, and Regulation S--Offshore Offers; not Regulation G-compliant.', ['Regulation G', 'Regulation S']],
    ['applied EITF 00-21--Revenue Arrangements, FSP FAS 157-3--Determining Fair Value, SOP 97-2--Software and 350-20-35-3--Goodwill; not EITF 00-21-a.', ['EITF 00-21', 'FSP FAS 157-3', 'SOP 97-2', 'ASC 350-20-35-3']],
    // Regulation M-A, schedules, forms, instructions and notes.
    ['the transaction does not fall under Item 1015(b)(4) of Regulation M-A.', ['M-A Item 1015(b)(4)']],
    ['Please disclose the information required by Item 1007(d).', ['M-A Item 1007(d)']],
    ['See Item 21(b) of Schedule 14A.', ['Schedule 14A Item 21(b)']],
    ['pursuant to Item 10(a) of Form S-4, please revise', ['Form S-4 Item 10(a)']],
    ['which would require disclosures under Item 5.D. of Form 20-F.', ['Form 20-F Item 5.D']],
    ['the elements of Instruction 2 to Item 10 of Schedule TO have not been satisfied', ['Schedule TO Item 10 Instruction 2']],
    ['based on the definition set forth in Instruction 3(a) to Items 4 and 5 of Schedule 14A.', ['Schedule 14A Items 4 and 5 Instruction 3(a)']],
    ['See Note (b) to Exchange Act Rule 14a-9.', ['Exchange Act Rule 14a-9 Note (b)']],
    // Staff guidance, releases, statutes.
    ['You may refer to Question 4 of SAB Topic 1:B.1 if you require further guidance.', ['SAB Topic 1.B.1 Question 4']],
    ['Refer to Item 303 of Regulation S-K and SEC Release No. 33-8350 for further guidance.', ['S-K Item 303', 'Release 33-8350']],
    ['Refer to Section III.A of Securities Act Release No. 33-8350 (Dec. 29, 2003).', ['Release 33-8350']],
    ['Refer also to Exchange Act Release 43069 (July 24, 2000).', ['Release 34-43069']],
    ['See Question 100.01 of the updated Non-GAAP Compliance and Disclosure Interpretations issued on May 17, 2016.', ['Non-GAAP C&DI 100.01']],
    ['refer to Questions 102.10 and 102.11 of the Compliance and Disclosure Interpretations for Non-GAAP Financial Measures.', ['Non-GAAP C&DI 102.10', 'Non-GAAP C&DI 102.11']],
    ['We reference Compliance and Disclosure Interpretation (C&DI) Question 102.10 on Non-GAAP Financial Measures.', ['Non-GAAP C&DI 102.10']],
    ['Refer to Questions 100.01 and 100.05 of the Non-GAAP Financial Measures C&DI\'s.', ['Non-GAAP C&DI 100.01', 'Non-GAAP C&DI 100.05']],
    ['Refer to Securities Act Forms C&DI 101.02.', ['Securities Act Forms C&DI 101.02']],
    ['Please see Financial Reporting Codification Section 501.04 for guidance.', ['Financial Reporting Codification Section 501.04']],
    ['we relied on the guidance set forth in the SEC Financial Reporting Manual (“FRM”) 3250.1c, which', ['FRM 3250.1c']],
    ['See the Division of Corporation Finance\'s Disclosure Guidance Topics Nos. 9 & 9A, available on our website.', ['Disclosure Guidance Topic 9', 'Disclosure Guidance Topic 9A']],
    ['our adoption of Accounting Standards Update (“ASU”) No. 2016-13, Financial Instruments—Credit Losses (Topic 326): Measurement', ['ASU 2016-13']],
    ['a Category II bank under Section 165(d) of the Dodd-Frank Act.', ['Dodd-Frank Act Section 165(d)']],
    ['pursuant to Rule 83 of the Rules of Practice of the Securities and Exchange Commission (17 C.F.R. §200.83)', ['17 C.F.R. §200.83']],
    ['[CONFIDENTIAL TREATMENT REQUESTED BY BOSTON SCIENTIFIC CORPORATION PURSUANT TO RULE 83]', ['17 C.F.R. §200.83']],
    // Corpus wordings the labels of fixtures/analysis-corpus found missed: the Code of Federal Regulations' numbering, an abbreviation
    // defined before the number, paragraphs named before it, a statute's word repeated in a list, the Codification's subtopics.
    ['have the meaning assigned to them in 17 C.F.R. §240.10D-1(d).', ['17 C.F.R. §240.10D-1(d)']],
    ['Pursuant to § 210.4-02 of Regulation S-X: “if the amount', ['S-X Rule 4-02']],
    ['presented consistently pursuant to Regulation S-X 210.4-08(h). We believe our presentation is permitted under Regulation S-X §5.03(6).', ['S-X Rule 4-08(h)', 'S-X Rule 5-03(6)']],
    ['(see guidance in Accounting Standards Codification (“ASC”) 323-970-40-1 Investments)', ['ASC 323-970-40-1']],
    ['refer to paragraphs 2 through 4 of ASC 805-30-25.', ['ASC 805-30-25-2', 'ASC 805-30-25-4']],
    ['Please refer to paragraph d. of ASC 810-10-50-1A.', ['ASC 810-10-50-1A(d)']],
    ['(see paragraphs 606-10- 55-3A through 55-3C), or Subtopic 610-20 and Topic 845', ['ASC 606-10-55-3A', 'ASC 606-10-55-3C', 'ASC 610-20', 'ASC 845']],
    ['disclosures by individual site discussed in FASB ASC 410-30-50-\n\n10(d) are encouraged', ['ASC 410-30-50-10(d)']],
    ['subject to Section 13(a) or Section 15(d) of the Securities Exchange Act of 1934', ['Exchange Act Section 13(a)', 'Exchange Act Section 15(d)']],
    ['Refer to Instruction 4 to Item 303(a) of Regulation S-X and Sections 501.12.b.3 and 501.12.b.4. of the Financial Reporting Codification.', ['S-K Item 303(a) Instruction 4', 'Financial Reporting Codification Section 501.12.b.3', 'Financial Reporting Codification Section 501.12.b.4']],
    ['Refer to section 501.04 of the Staff’s Codification of Financial Reporting Policies for guidance.', ['Financial Reporting Codification Section 501.04']],
    ['in accordance with Rule 405 of Regulation S-T and the EDGAR Filer Manual.', ['S-T Rule 405', 'EDGAR Filer Manual']],
    ['We have read the CD&I Question 102.10 on Non-GAAP Financial Measures.', ['Non-GAAP C&DI 102.10']],
    ['standards of the Public Company Accounting Oversight Board (United States)” as required by AS 1.', ['PCAOB AS 1']],
    ['an audit under Auditing Standard No. 5 and Statement on Auditing Standards No. 99, SUCH AS 2 OF THEM', ['PCAOB AS 5']],
  ])('%s', (text, expected) => {
    expect(cite(text)).toEqual(expected);
  });

  it('should give a bare C&DI question the set its letter names elsewhere (c0450: "Question 102.10 of the C&DI" after "… Interpretations on Non-GAAP Financial Measures")', () => {
    const bare = 'Refer to Item 10(e)(1)(i)(A) of Regulation S-K and Question 102.10 of the C&DI for guidance.';
    expect(findCitations(bare).map((c) => c.canonical)).toContain('C&DI 102.10');
    const letter = letterContext(`Refer to Question 102.10 of the staff’s Compliance and Disclosure Interpretations on Non-GAAP Financial Measures.\n${bare}`);
    expect(findCitations(bare, letter).map((c) => c.canonical)).toContain('Non-GAAP C&DI 102.10');
    // Not a question of another set's numbering.
    expect(findCitations('See Question 128D.13 of the C&DIs.', letter).map((c) => c.canonical)).toEqual(['C&DI 128D.13']);
  });
  it('should read a bare "Item 6(b)" as the item of the schedule the letter reviews, not Regulation S-K\'s (c0694, c0216, c0399)', () => {
    const proxy = letterContext('Preliminary Proxy Statement on Schedule 14A', ['PREC14A']);
    expect(findCitations('Please advise us how the participants complied with Item 6(b) regarding the record date.', proxy).map((c) => c.canonical)).toEqual(['Schedule 14A Item 6(b)']);
    expect(findCitations('Please advise us how the participants complied with Item 23 regarding the distribution.', proxy).map((c) => c.canonical)).toEqual(['Schedule 14A Item 23']);
    // S-K's items keep their name: three digits, and the non-GAAP Item 10(e).
    expect(findCitations('Refer to Item 402 and Item 10(e) for guidance.', proxy).map((c) => c.canonical)).toEqual(['S-K Item 402', 'S-K Item 10(e)']);
    // The filing's own answer to its item is no citation; nor is a bare item in a letter that reviews other forms too.
    const tender = letterContext('Schedule TO-I', ['SC TO-I']);
    expect(findCitations('we note that the Schedule TO indicates that Item 10(b) is "not applicable."', tender)).toEqual([]);
    expect(findCitations('Please advise us how the participants complied with Item 6(b).', letterContext('', ['DEF 14A', '10-K'])).map((c) => c.canonical)).toEqual([]);
    // A merger's registration form: its item with a paragraph (c0846, c1088), not a bare "Item 1A" or "Item 7" (the target's 10-K's, perhaps).
    const merger = letterContext('Amendment No. 1 to Registration Statement on Form S-4', ['S-4/A']);
    expect(findCitations('Item 18(a)(5)(i) disclosure regarding insiders’ interests in the merger.', merger).map((c) => c.canonical)).toEqual(['Form S-4 Item 18(a)(5)(i)']);
    expect(findCitations('Please see Item 1A and Item 7 for the discussion.', merger)).toEqual([]);
  });

  it('should cite Schedule 14A\'s notes, bare only where the letter reviews a proxy or information statement, and C&DI questions written "No." or with the set misnamed (round 8)', () => {
    expect(cite('Refer to Note A to Schedule 14A.')).toEqual(['Schedule 14A Note A']);
    const information = letterContext('', ['PRE 14C']);
    expect(findCitations('We note your belief that Note A is inapplicable to the transaction.', information).map((c) => c.canonical)).toEqual(['Schedule 14A Note A']);
    // A financial statement's note is none, nor a bare note in a letter on other filings.
    expect(findCitations('Please disclose within Note A - Summary of Significant Accounting Policies the types of costs.', information)).toEqual([]);
    expect(findCitations('As described in Note A, the company leases its stores.', information)).toEqual([]);
    expect(cite('We note your belief that Note A is inapplicable.')).toEqual([]);
    expect(cite('Please refer to Question No. 102.07 of the Compliance & Disclosure Interpretations (“C&DIs”) on Non-GAAP Financial Measures.')).toEqual(['Non-GAAP C&DI 102.07']);
    expect(cite('Please refer to Question 102.10 of the Non-GAAP Financial Measures Codification and Disclosure Interpretation.')).toEqual(['Non-GAAP C&DI 102.10']);
  });

  it('should read Regulation S-K\'s items however named: "Rule 303(a)(3)(ii) of Regulation S-K", "Instruction 3 to S-K 303(b)" (round 8)', () => {
    expect(cite('as required by Rule 303(a)(3)(ii) of Regulation S-K.')).toEqual(['S-K Item 303(a)(3)(ii)']);
    expect(cite('Refer to Instruction 3 to S-K 303(b). Please revise.')).toEqual(['S-K Item 303(b) Instruction 3']);
    expect(cite('See Regulation S-K 229.1203(d) for guidance.')).toEqual(['S-K Item 1203(d)']);
    // A form's number after "S-K" is no item.
    expect(cite('Regulation S-K 10-K requirements')).toEqual(['Regulation S-K']);
  });

  it('should not take a section of the reviewed filing for a citation', () => {
    expect(cite('In Item 7 of your Form 10-K and in Note 3 on page 45 you discuss revenue.')).toEqual([]);
  });

  it('should not take a part of the reviewed filing or a state statute for a citation', () => {
    expect(cite('In describing the business in Item 1 of Form 10-K, we used the term.')).toEqual([]);
    expect(cite('As discussed in Note 4 of Item 8 of the Form 10-K, the consideration')).toEqual([]);
    expect(cite('Given the representation made in response to Item 10 of Schedule TO that')).toEqual([]);
    expect(cite('pursuant to Section 220 of the DGCL.')).toEqual([]);
  });

  it('should cite each canonical form once, in order of first appearance', () => {
    expect(cite('ASC 606 and Topic 606, then S-K Item 303 and Item 303 of Regulation S-K.')).toEqual(['ASC 606', 'S-K Item 303']);
  });

  it('should stay linear on a long run of near-citations', () => {
    const unit = 'Item 402 of Regulation S-K, ';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const started = performance.now();
      findCitations(text);
      return performance.now() - started;
    };
    const small = Math.min(time(20_000), time(20_000));
    const large = Math.min(time(80_000), time(80_000));
    expect(large).toBeLessThan(small * 6 + 50);
  });
});

/** What the rules read in a response, before the model weighs it with the words. */
const byRules = (text: string, reviewsReports = false) => actionsByRules(actionEvidence(text, reviewsReports));

// One sentence is not a response: the model that weighs the rules' signals with the words is checked on whole labelled responses (the floor below).
describe('the action rules, sentence by sentence', () => {
  it.each([
    ['We will revise our disclosure in future filings to include the table.', ['future-filings']],
    ['In response to the Staff’s comment, the Company has revised the disclosure on page 45 of Amendment No. 1.', ['amendment']],
    ['The Company supplementally advises the Staff that the contracts were terminated.', ['supplemental']],
    ['We respectfully submit that no change to the disclosure is necessary.', ['no-change']],
    // Real wordings (fixtures/analysis, 2016-2020 responses).
    ['We will revise future earnings releases to start with net earnings attributable to Berkshire shareholders and reconcile to operating earnings.', ['future-filings']],
    ['We acknowledge the Staff’s comment and have revised our disclosures accordingly. Please refer to page 175.', ['amendment']],
    ['In response to the Staff’s comment, the Company has filed a revised legal opinion as Exhibit 5.1 to Amendment No. 1.', ['amendment']],
    ['The Company respectfully advises the Staff that the Company has included the reconciliations in its most recent second quarter earnings release.', ['future-filings']],
    ['We advise the Staff that we do not believe this disclosure is necessary, as our accounting treatment of pre-opening services was not changed by the new revenue recognition standard.', ['supplemental', 'no-change']],
    ['We intend to continue monitoring service revenue levels and, if significant, agree to present such amounts separately in the consolidated statement of earnings.', ['future-filings']],
    ['The Company has therefore revised the Offer to Purchase to eliminate the reference that the consideration will be sourced from new financing.', ['amendment']],
    ['The Company respectfully advises the Staff that it does not intend to obtain an updated fairness opinion prior to the closing of the transaction.', ['supplemental', 'no-change']],
    [
      'These captives are required to meet minimum statutory surplus requirements in the jurisdictions of their formation. The letters of credit referred to in the disclosure were posted to meet such requirements. If such a shortfall occurred, the letter of credit could be drawn upon at the direction of the regulator.',
      ['supplemental'],
    ],
    ['We have expanded the disclosure under the caption “Financing of the Merger” to include the following: “Such commitments were reduced by an aggregate principal amount of $8.8 billion upon entry into the term loan credit agreement described below and will be further reduced to the extent that other financing is obtained.”', ['amendment']],
    // Corpus wordings (fixtures/analysis-corpus): a defended treatment, nothing required, a passive promise, a proposed text that follows.
    ['The Company believes presenting the reconciling items net of the related uncertain tax positions is consistent with ASC 740-10-25-6.', ['no-change']],
    ['As such, pursuant to paragraph (b)(2) of Rule 3-05, because none of the Significance Tests exceeds 20%, MoPub financial statements are not required.', ['no-change']],
    ['The current reference to the exclusion of this business will be deleted from our future disclosure.', ['future-filings']],
    [
      'The Company will enhance its disclosure in future filings, consistent with the example presented below. Net cash provided by operating activities was $788 million for the year, compared to $804 million for the prior year, primarily because of changes in the components of our assets and liabilities.',
      ['future-filings'],
    ],
    // A change told in the simple past, where the sentence names the filing (c1143, c0303); not a past business decision.
    ['In response to the Staff’s comment, the Company revised the condition in the Offer to Purchase in the Amendment to read as follows.', ['amendment']],
    ['We also added the following risk factor on page 37 of the information statement.', ['amendment']],
    ['In 2019 we revised our estimate of the useful lives of these vessels.', []],
  ])('%s', (text, expected) => {
    expect(byRules(text)).toEqual(expected);
  });
  it('should take a change promised in the review of a report already filed for later reports', () => {
    expect(byRules('We will revise the disclosure to clarify the nature of these costs.', true)).toEqual(['future-filings']);
    expect(byRules('We will revise the disclosure to clarify the nature of these costs.', false)).toEqual([]);
    expect(byRules('We will file an amendment to the Form 10-K to revise the disclosure.', true)).toEqual(['amendment']);
    // A Form 10-K or 10-Q named is a report, not a registration statement on Form 10 (c0525, c1020: "amendment" before).
    expect(byRules('We will include the expanded disclosure in our 2024 Form 10-K.', true)).toEqual(['future-filings']);
    expect(byRules('We will include the expanded disclosure in our 2024 Form 10-K.', false)).toEqual([]);
    expect(byRules('We will revise the Form 10 and the Form S-11 to include the table.', false)).toEqual(['amendment']);
    expect(byRules('Effective with our Q2 2017 Form 10-Q filing, we expanded our discussion to include the quantified impact.', true)).toEqual(['future-filings']);
    // A report's amendment, however it is told: "/A", "filed an amendment", "refiled" (c0673, c0662, c0873).
    expect(byRules('The Company has obtained a revised auditor’s consent and has filed a Form 10-K/A with the revised Exhibit 23.', true)).toEqual(['amendment']);
    expect(byRules('On April 2, 2021, Marriott filed an amendment to its 2020 Form 10-K to correct the error in its auditor’s report.', true)).toEqual(['amendment']);
    expect(byRules('We have refiled the Credit Agreement (Exhibit 10.8) with the Registration Statement.', false)).toEqual(['amendment']);
  });
});

describe('actionsOf', () => {
  it('should list an amendment only where the rules read one', () => {
    expect(actionsOf('We will revise the disclosure to clarify the nature of these costs.')).not.toContain('amendment');
    expect(actionsOf('In response to the Staff’s comment, the Company has revised the disclosure on page 45 of Amendment No. 1.')).toEqual(['amendment']);
  });
  it('should read the answer with the comment it answers', () => {
    const response = 'We respectfully submit that no change to the disclosure is necessary, as the matters described are not material to our results.';
    expect(actionsOf(response, { comment: 'Please revise your disclosure to quantify the effect of these matters.' })).toContain('no-change');
  });
  it('should read from the texts the weights of exactly the words training reads, in their order', () => {
    const response = 'We respectfully advise the Staff that we don’t believe additional disclosure is necessary. The Company’s “revised text” is not quoted; we will revise in future filings.';
    const comment = 'Please tell us why you do not present segment revenue, and revise your disclosure.';
    const every = [...actionWords(response, comment)];
    expect(every).toContain('r:don\'t believe');
    expect(every).not.toContain('r:revised');
    const weighed = every.filter((w) => w in ACTION_MODEL.words);
    expect(weighed.length).toBeGreaterThan(5);
    expect(textWordWeights(response, comment)).toEqual(wordWeights(weighed));
  });
  it('should list the actions in the order the response first signals them', () => {
    const response = 'We will revise our disclosure in future filings to include the table. Supplementally, we advise the Staff that the contracts were terminated in 2023 and that no further payments are due under them.';
    expect(actionsOf(response)).toEqual(['future-filings', 'supplemental']);
  });
});

describe('topics', () => {
  it('should have one rule per taxonomy id, in DESIGN.md order', () => {
    expect(TOPICS.map((t) => t.id)).toEqual([...TOPIC_IDS]);
  });

  it('should write key terms and phrases without upper-case escapes (\\S, \\W, \\B, \\D), since they are lower-cased for the one-pass scan', () => {
    for (const topic of TOPICS) for (const pattern of [topic.key, topic.phrases]) expect(pattern.source).not.toMatch(/\\[A-Z]/);
  });

  it('should take the heading as the strongest evidence', () => {
    expect(topicsOf(['Form 10-K', 'Non-GAAP Financial Measures, page 5'], 'Please revise to present the most directly comparable GAAP measure with equal or greater prominence.', [])[0]).toBe('non-gaap');
    expect(topicsOf([], 'Please tell us how you evaluated goodwill for impairment at each reporting unit.', ['ASC 350-20-35-3C'])).toEqual(['impairment']);
  });

  it('should read a standard before the Codification as evidence of its topic, each number whole ("SFAS 13" leases, "SFAS 131" segments)', () => {
    const cited = (citation: string) => topicEvidence([], 'Please tell us more.', [citation]).filter((t) => t.citations > 0).map((t) => t.id);
    expect(['SFAS 131', 'SFAS 13', 'SFAS 123(R)', 'FIN 48', 'EITF 00-21', 'FSP FAS 157-2', 'SFAS 1310'].map(cited)).toEqual([['segments'], ['leases'], ['equity'], ['income-taxes'], ['revenue'], ['financial-instruments'], []]);
    expect(topicsOf([], 'Please tell us how you aggregated your operating segments.', ['SFAS 131'])).toEqual(['segments']);
  });

  it('should read an international standard\'s number whole, its pinpointed paragraph too ("IAS 1" presentation, not "IAS 12" or "IAS 16")', () => {
    const cited = (citation: string) => topicEvidence([], 'Please tell us more.', [citation]).filter((t) => t.citations > 0).map((t) => t.id);
    expect(['IAS 1', 'IAS 1.122', 'IAS 12', 'IAS 16', 'IFRS 15.B34'].map(cited)).toEqual([['presentation'], ['presentation'], ['income-taxes'], [], ['revenue']]);
  });

  it('should take the section topic from an outer heading when the inner one names none (2017-bearnewco-s4-corresp comment 27)', () => {
    const headings = ['Form S-4', 'Unaudited Pro Forma Condensed Combined Financial Statements, page 158', 'Note 4 – Other Adjustments, page 164'];
    expect(topicsOf(headings, 'Disclose the rationale for any adjustments that you indicate are necessary for items that are not allocable.', [])).toEqual(['business-combinations']);
  });

  it('should not take a topic from a heading that only frames the financial statements', () => {
    const headings = ['Form 10-K', 'Notes to Consolidated Financial Statements', 'Note 6. Commitments, page F-19'];
    expect(topicsOf(headings, 'Please tell us more.', [])).not.toContain('presentation');
  });

  it('should read the words of a comment by where they stand, plurals folded and the genre\'s request words left out', () => {
    const words = topicWords(['Form 10-K', 'Income Taxes, page 45'], 'Please tell us about the valuation allowances and liabilities.');
    expect([...words].sort()).toEqual(['h0:income', 'h0:taxe', 'h:form', 't:about', 't:allowance', 't:liability', 't:valuation'].sort());
  });

  it('should read the kinds of filing a letter reviews as words of the comment, each kind once', () => {
    const words = topicWords(['General'], 'Please revise.', ['DEF 14A', 'PRE 14A', '10-Q', 'SC TO-I/A', 'S-1/A', null]);
    expect([...words].filter((w) => w.startsWith('f:')).sort()).toEqual(['f:proxy', 'f:quarter', 'f:register', 'f:tender']);
    expect([...topicWords(['General'], 'Please revise.')].some((w) => w.startsWith('f:'))).toBe(false);
    // The model weighs the kinds it learned (a proxy statement's comments lean to compensation and governance).
    expect(Object.keys(TOPIC_MODEL.words).filter((w) => w.startsWith('f:')).length).toBeGreaterThan(0);
    const weighed = [...topicWords(['General'], 'Please revise.', ['DEF 14A'])].filter((w) => w in TOPIC_MODEL.words);
    expect(topicTextWordWeights(['General'], 'Please revise.', undefined, ['DEF 14A'])).toEqual(topicWordWeights(weighed));
  });

  it('should weigh the kinds of the letter\'s filings in a comment\'s topics, from the letter\'s context', () => {
    // A short request that names no topic: what the letter reviews says what it is about.
    const comment = { headings: ['General'], text: 'Please revise to disclose the performance targets.', response: null };
    expect(analyzeComment(comment, false, letterContext('', ['DEF 14A'])).topics).toEqual(['compensation-governance']);
    expect(analyzeComment(comment, false, letterContext('', ['SC TO-I'])).topics).toEqual(['offering']);
    expect(analyzeComment(comment, false, letterContext('', [])).topics).toEqual([]);
    expect(letterContext('', ['DEF 14A', null]).forms).toEqual(['DEF 14A']);
  });

  it('should read from the texts the weights of exactly the words training reads, in their order', () => {
    const headings = ['Form 10-K', 'Management’s Discussion and Analysis', 'Liquidity and Capital Resources, page 45'];
    const text = 'Please tell us how the revolving credit facilities, the covenants and the non-GAAP measure Adjusted EBITDA affect liquidity.';
    const weighed = [...topicWords(headings, text)].filter((w) => w in TOPIC_MODEL.words);
    expect(weighed.length).toBeGreaterThan(5);
    expect(topicTextWordWeights(headings, text)).toEqual(topicWordWeights(weighed));
  });

  it('should list topics from the threshold up, the likeliest alone from the floor, at most `most`, strongest first', () => {
    const evidence = topicEvidence([], 'nothing of note', []);
    const model: TopicModel = {
      features: [],
      bias: 0,
      shared: new Array(9).fill(0),
      perTopic: Object.fromEntries(TOPIC_IDS.map((id) => [id, [-9, 0, 0, 0, 0, 0, 0, 0, 0, 0]])) as TopicModel['perTopic'],
      words: { 't:alpha': { revenue: 11, segments: 10, mda: 9.5 }, 't:beta': { leases: 7 }, 't:delta': { revenue: 9, segments: 8.4, mda: 7.6 } },
      threshold: 0.5,
      floor: 0.1,
      relative: 1,
      relativeFloor: 1,
      most: 2,
    };
    const choose = (words: string[], rule: Partial<TopicModel> = {}) => chooseTopics(evidence, topicWordWeights(words, { ...model, ...rule }), { ...model, ...rule });
    expect(choose(['t:alpha'])).toEqual(['revenue', 'segments']);
    expect(choose(['t:beta'])).toEqual(['leases']); // p = 1/(1+e^2) ≈ 0.12: only as the likeliest
    expect(choose(['t:gamma'])).toEqual([]);
    // p ≈ 0.50, 0.35, 0.20: the second from its share of the first's probability and its own floor up, the third not.
    expect(choose(['t:delta'])).toEqual(['revenue']);
    expect(choose(['t:delta'], { relative: 0.5, relativeFloor: 0.15 })).toEqual(['revenue', 'segments']);
    expect(choose(['t:delta'], { relative: 0.5, relativeFloor: 0.4 })).toEqual(['revenue']);
    expect(choose(['t:delta'], { relative: 0.8, relativeFloor: 0.15 })).toEqual(['revenue']);
  });

  it.each([
    ['Please explain how the cutoff grade was calculated for your crushed leach reserves.', 'industry'],
    ['Please tell us the causes of the favorable loss development in your loss development tables.', 'industry'],
    ['Disclose the total gross and net productive wells, expressed separately for oil and gas.', 'industry'],
    ['Please disclose that you met the minimum capital requirements of the Federal Reserve Board.', 'industry'],
    ['We note that you are exposed to market risk from changes in interest rates.', 'financial-instruments'],
    ['Please provide the interest rate sensitivity of your net interest income and the economic value of equity.', 'financial-instruments'],
    ['Please revise your MD&A to discuss the changes in results of operations by segment.', 'segments'],
    ['We note that the present value of the minimum lease payments includes a noncash gain.', 'leases'],
    ['Please explain how you determined that the useful lives should be increased by two years.', 'estimates'],
    ['Please tell us what control deficiencies were identified in connection with the matter.', 'controls'],
    ['Please disclose any material class actions filed against the company.', 'contingencies'],
    ['Please quantify the letters of credit posted to meet statutory surplus requirements.', 'liquidity'],
    ['Please tell us whether you consider the earnings of your foreign subsidiaries indefinitely reinvested.', 'income-taxes'],
    ['Please revise the graphics at the forefront of the registration statement.', 'business'],
    ['Please briefly describe the depositary shares that you are seeking to register.', 'equity'],
    ['Provide a comprehensive materiality analysis, addressing both accounting and disclosure.', 'presentation'],
    ['Please revise to disclose the impact of foreign currency translation on your results.', 'presentation'],
  ])('should know a fixed term of the genre: %s -> %s', (text, topic) => {
    expect(topicEvidence([], text, []).find((t) => t.id === topic)?.key).toBe(true);
  });

  it.each([
    ['On page 15 you describe a hearing before the Court of Chancery on the plaintiffs’ motion for a preliminary injunction.', 'contingencies', 4],
    ['Please tell us the amount of your recourse obligations under the loan sale agreements.', 'contingencies', 1],
    ['Please revise your disclosure of revenue, as well as your segment discussion, as well.', 'industry', 0],
    ['Please disclose your productive wells and the well costs you capitalised.', 'industry', 2],
    ['Please tell us how you estimated the fair value of the stock options granted.', 'financial-instruments', 0],
    ['Please describe the fair value measurements of your Level 3 assets.', 'financial-instruments', 2],
  ])('should count the phrases of the genre: %s -> %s x%d', (text, topic, phrases) => {
    expect(topicEvidence([], text, []).find((t) => t.id === topic)?.phrases).toBe(phrases);
  });

  it.each([
    [['Form S-1', 'Risks Related to Our Business', 'Operations'], 'risk-factors'],
    [['Form 10-12B', 'General', 'Our results could be negatively affected by the impacts of weather, page 25'], 'risk-factors'],
    [['Form 10-K', 'Item 7A. Quantitative and Qualitative Disclosures about Market Risk, page 43'], 'financial-instruments'],
    [['Form 10-K', 'Item 1. — Business, page 3'], 'business'],
    [['Form 10-K', 'Item 1. -- Business, page 3'], 'business'],
    [['Form 10-K', 'Note 18 — Related Party Transactions, page 123'], 'presentation'],
    [['Form 10-K', '2. Discontinued Operations, page 69'], 'business-combinations'],
    [['Form S-4', 'The Combination Transactions, page 53'], 'offering'],
  ])('should read a heading of the genre as its topic: %j -> %s', (headings, topic) => {
    expect(topicEvidence(headings, 'Please tell us more.', []).find((t) => t.id === topic)?.heading.some(Boolean)).toBe(true);
  });

  it.each([
    ['Exhibit 99.1; Registrant\'s press release dated February 3, 2021', 'leases'],
    ["Management's Discussion and Analysis of Financial Condition and Results of Operations, page 95", 'liquidity'],
    ['Consolidated Statements of Cash Flows, page F-5', 'liquidity'],
    ['Free Cash Flow (Unaudited), page 7', 'liquidity'],
    ['Background of the Merger, page 34', 'business-combinations'],
    ['Purpose of and Reasons for the Offer and Consent Solicitation, page 9', 'exhibits'],
    ['Possible Annual Cash Bonus (Non-Equity Cash Incentive), page 27', 'equity'],
    ['Note 15 - Investments Accounted for by the Equity Method', 'equity'],
    ['Off-Balance Sheet Debt, page 52', 'presentation'],
    ['Unaudited Pro Forma Condensed Combined Balance Sheet, page 131', 'presentation'],
    ['Distributable Cash Flow, page 46', 'liquidity'],
    ['Condensed Statements of Consolidated Cash Flows, page F-84', 'liquidity'],
    ['Note 1. Summary of Significant Accounting Policies, page 50', 'business'],
  ])('should not read a heading as a topic its words only brush against: %s -/-> %s', (heading, topic) => {
    expect(topicEvidence(['Form 10-K', heading], 'Please tell us more.', []).find((t) => t.id === topic)?.heading.some(Boolean)).toBe(false);
  });

  it.each([
    ['Please explain the reasons for the change in your effective tax rate.', 'offering'],
    ['Please provide us with the basis for your statement that you are a leader in your market.', 'business'],
    ['Please revise to explain why net income and earnings per share decreased.', 'presentation'],
    ['Please reconcile this non-GAAP liquidity measure to the most directly comparable GAAP measure.', 'liquidity'],
    ['Please describe how the board of directors evaluated the merger consideration.', 'compensation-governance'],
  ])('should not take a phrase any section uses for a key term: %s -/-> %s', (text, topic) => {
    expect(topicEvidence([], text, []).find((t) => t.id === topic)?.key).toBe(false);
  });

  it('should give no topic to a comment that only says the staff is still weighing an answer, whatever its heading', () => {
    const headings = ['Form 10-K', 'Note 17. Segment and Geographical Information, page 106'];
    expect(topicsOf(headings, 'Please note, we are evaluating your response to our prior comment number 4 and we may have further comments.', [])).toEqual([]);
    expect(topicsOf(['Summary, page 15'], 'We note your responses to comments five and six. We continue to evaluate the responses and may have further comments.', [])).toEqual([]);
    // A request beside it makes the comment about something again.
    expect(topicsOf(headings, 'We are evaluating your response to comment 4. Please tell us how your reportable segments are measured.', [])).toContain('segments');
  });

  it('should list a current staff focus area from one of its fixed terms', () => {
    expect(topicsOf(['General'], 'Please discuss the materiality of any contacts with Sudan and Syria you describe in response to the comment above.', [])).toEqual(['emerging']);
  });
});

describe('hand labels (fixtures/analysis)', () => {
  it('should hold only well-formed labels: the file they name, known topic and action ids, a response only as an object', () => {
    const fixtures = join(import.meta.dirname, '..', 'fixtures');
    const topics = new Set<string>(TOPIC_IDS);
    const actions = new Set<string>(RESPONSE_ACTIONS);
    const files = new Set<string>();
    for (const folder of ['analysis', 'analysis-corpus']) {
      for (const name of readdirSync(join(fixtures, folder)).filter((f) => f.endsWith('.json'))) {
        const label = JSON.parse(readFileSync(join(fixtures, folder, name), 'utf8')) as { file: string; comments: { number: number; topics: string[]; citations: string[]; response: null | { citations: string[]; actions: string[] } }[] };
        const where = `${folder}/${name}`;
        expect(label.file.replace(/\.[^.]+$/, ''), where).toBe(name.replace(/\.json$/, ''));
        files.add(label.file);
        expect(Array.isArray(label.comments), where).toBe(true);
        for (const c of label.comments) {
          expect(Number.isInteger(c.number), where).toBe(true);
          expect(c.topics.filter((t) => !topics.has(t)), where).toEqual([]);
          expect(c.citations.every((x) => typeof x === 'string' && x.trim() === x && x !== ''), where).toBe(true);
          if (c.response !== null) {
            expect(c.response.actions.filter((a) => !actions.has(a)), where).toEqual([]);
            expect(c.response.citations.every((x) => typeof x === 'string' && x !== ''), where).toBe(true);
          }
        }
      }
    }
    // Every letter a labelling round lists has its labels.
    const rounds = join(fixtures, 'analysis-corpus', 'rounds');
    for (const round of readdirSync(rounds).filter((f) => f.endsWith('.txt'))) {
      const listed = readFileSync(join(rounds, round), 'utf8').split(/\s+/).filter(Boolean);
      expect(listed.filter((f) => !files.has(f)), round).toEqual([]);
    }
  });

  it('should keep micro-F1 at or above the measured floor for topics, citations and actions', () => {
    const out = execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'analysis-eval.mjs'), '--json'], { encoding: 'utf8' });
    const { comments, fields } = JSON.parse(out) as { comments: number; fields: Record<string, { f1: number }> };
    expect(comments).toBeGreaterThanOrEqual(337);
    // Floors measured on this commit; raise them as the rules improve (never lower them to pass). The topic model is trained
    // on these labels among others, so its floor guards against a broken model or table, not the accuracy on new letters
    // (that is the cross-validation and the blind rounds of fixtures/analysis-corpus/README.md).
    expect(fields.topics?.f1).toBeGreaterThanOrEqual(0.93);
    expect(fields.citations?.f1).toBeGreaterThanOrEqual(0.99);
    expect(fields.responseCitations?.f1).toBeGreaterThanOrEqual(0.99);
    expect(fields.actions?.f1).toBeGreaterThanOrEqual(0.93);
  }, 120_000);
});
