// Owns the topic taxonomy (DESIGN.md "Analysis fields") and the one readable table that decides a comment's topics from its headings, citations and words.
import { TOPIC_MODEL } from './topic-model.js';
import type { TopicModel } from './topic-model-type.js';
import type { TopicId } from './topic-ids.js';
import { storedTables } from './analysis-tables.js';
import { addRows, NumberedRows, type PackedRows, rowNumbers, rowsOf, wordTableOf } from './word-rows.js';
import { IntList } from './int-list.js';
import { type TrieTables, WordTrie } from './word-trie.js';
import { isAsciiLetterOrDigit, isLowerAsciiLetter, lowerCased } from '../chars.js';
import { alternativesOf, type Prefixes, prefixesOf } from './pattern-starts.js';
import { MANAGEMENTS } from '../vocabulary.js';


/** A topic of the taxonomy, with the evidence for it. Patterns are unanchored and case-insensitive. */
export interface TopicRule {
  id: TopicId;
  /** What the topic covers, as DESIGN.md says (printed by `corresp topics`). */
  about: string;
  /** Words of a heading that name the topic ("Non-GAAP Financial Measures, page 5"). */
  heading: RegExp;
  /** Canonical citations that belong to the topic (findCitations output). */
  citation: RegExp;
  /** Words of the comment that show the staff asks about the topic; each distinct one adds evidence. */
  phrases: RegExp;
  /** Words that name the topic by themselves, the genre's fixed terms ("non-GAAP", "COVID-19", "pro forma"): strong evidence. */
  key: RegExp;
}

const rx = (source: string) => new RegExp(source, 'gi');
/** Standards of US GAAP before the Codification (2009) that name a topic, each a whole number ("SFAS 13" is not "SFAS 131"): what older letters cite. */
const beforeCodification = (alternatives: string) => alternatives.split('|').map((standard) => String.raw`${standard}(?!\d)`).join('|');
/** What keeps a key term to whole words: before and after its alternatives. */
const WHOLE_BEFORE = String.raw`(?<!\w)(?:`;
const WHOLE_AFTER = String.raw`)(?!\w)`;
/** A key term matches whole words only ("warrants" is not "warranty", "Cuba" not "incubator"). */
const whole = (source: string) => rx(WHOLE_BEFORE + source + WHOLE_AFTER);

/**
 * The taxonomy, in DESIGN.md's order. Lookarounds keep out words that only brush against a topic, each
 * read from the labelled comments (2026-12-05; share of the matching comments labelled with the topic):
 * "press release" is no lease (0 of 18 as an outer heading); MD&A's "Analysis of Financial Condition",
 * the "Statement of (Consolidated) Cash Flows" and a non-GAAP "Distributable Cash Flow" are no liquidity
 * headings; a "Merger" heading is the transaction's (0 of 51 labelled business combinations); a "Consent
 * Solicitation" is no exhibit; "Non-Equity" incentives and the "Equity Method" are no equity;
 * "Off-Balance Sheet" and a "Pro Forma … Balance Sheet" (the acquisition's) are no presentation;
 * "Summary of Significant Accounting Policies" is no business. "reasons for the" (2 of 17), "basis for
 * your statement" (0 of 9), "earnings per share" (0 of 18) and "board of directors" (6 of 40) are asked
 * under any section, so they are no key terms; a non-GAAP "liquidity measure" is no liquidity, "as well
 * as" no oil well (9 of 119), and a bare "fair value" (15 of 94: impairment, acquisitions and awards are
 * measured at it too) no fair value measurement.
 */
export const TOPICS: TopicRule[] = [
  {
    id: 'non-gaap',
    about: 'non-GAAP measures, Regulation G, S-K Item 10(e), non-GAAP C&DIs, key performance metrics presented like non-GAAP',
    heading: rx(String.raw`non-GAAP|adjusted EBITDA|\bEBITDA\b|adjusted (?:net income|earnings|operating)|free cash flow`),
    citation: rx(String.raw`^(?:Regulation G|S-K Item 10\(e\)|Non-GAAP C&DI)`),
    phrases: rx(String.raw`non-GAAP|Adjusted EBITDA|\bEBITDA\b|adjusted (?:net income|earnings per share|EPS|operating income|diluted)|free cash flow|most directly comparable GAAP|equal or greater prominence|individually tailored accounting`),
    key: whole(String.raw`non-GAAP|Regulation G\b|Item 10\(e\)`),
  },
  {
    id: 'revenue',
    about: 'revenue recognition (ASC 605/606), performance obligations, principal vs agent, disaggregation',
    heading: rx(String.raw`revenue|sales recognition`),
    citation: rx(String.raw`^(?:ASC 60[56]|ASC 340-40|IFRS 15|${beforeCodification('SAB 10[14]|SAB Topic 13|EITF 00-21|EITF 99-19|EITF 01-9|SOP 97-2|SOP 81-1|SFAS 48')})`),
    phrases: rx(String.raw`revenue recognition|recogni[sz]e(?:s|d)? revenue|performance obligations?|principal (?:versus|vs\.?|or) (?:an )?agent|gross (?:versus|vs\.?|or) net|disaggregat\w+ (?:of )?revenue|transaction price|variable consideration|standalone selling price|contract (?:assets|liabilities)|deferred revenue|unearned revenue|point in time|over time`),
    key: whole(String.raw`revenue recognition|performance obligations?|principal (?:versus|vs\.?|or) (?:an )?agent|gross (?:versus|vs\.?|or) net|ASC 606|Topic 606`),
  },
  {
    id: 'segments',
    about: 'segment reporting (ASC 280), reportable/operating segments, CODM, segment measures',
    heading: rx(String.raw`segment`),
    citation: rx(String.raw`^(?:ASC 280|IFRS 8|${beforeCodification('SFAS 131')})`),
    phrases: rx(String.raw`reportable segments?|operating segments?|segment (?:profit|measure|information|reporting|results|disclosure)|segment (?:operating |adjusted )?(?:profits?|income|margins?|revenues?|earnings|assets|EBITDA|expenses)|(?:by|each|per) (?:reportable |operating )?segment|segment-specific|(?:a single|one) (?:reportable |operating )?segment|chief operating decision maker|\bCODM\b|aggregat\w+ (?:of )?(?:operating )?segments|segments? (?:are|were) aggregated`),
    key: whole(String.raw`reportable segments?|operating segments?|(?:by|each) segment|segment (?:profit|operating (?:profit|income))|chief operating decision maker|\bCODM\b|ASC 280`),
  },
  {
    id: 'mda',
    about: 'MD&A results of operations, known trends and uncertainties, period-to-period analysis, KPIs (S-K Item 303)',
    heading: rx(String.raw`${MANAGEMENTS} discussion|\bMD&A\b|results of operations|key (?:performance )?(?:metrics|indicators)|overview|trends|executive summary`),
    citation: rx(String.raw`^S-K Item 303(?!\(b\)\(1\))`),
    phrases: rx(String.raw`results of operations|known trends?|known (?:events|uncertainties)|trends? (?:or|and) uncertaint|period[- ]to[- ]period|quantif\w+ (?:the )?(?:impact|effect|factors)|underlying (?:reasons|causes|drivers)|key (?:performance )?(?:metrics|indicators)|\bKPIs?\b|operating metrics|factors (?:that|which) (?:contributed|drove|caused)|(?:offsetting|contributing) factors|material changes?|\bMD&A\b`),
    key: whole(String.raw`results of operations|known trends? or uncertaint|period[- ]to[- ]period|key (?:performance )?(?:metrics|indicators)`),
  },
  {
    id: 'liquidity',
    about: 'liquidity and capital resources, cash flows, debt, covenants, contractual obligations',
    heading: rx(String.raw`liquidity|capital resources|(?<!statements? of (?:consolidated )?)(?<!free |distributable )cash flows?|indebtedness|debt|borrowings|credit facilit|contractual obligations|funding|(?<!analysis of )financial condition|capital expenditures|(?:operating|investing|financing) activities`),
    citation: rx(String.raw`^S-K Item 303\(b\)\(1\)`),
    phrases: rx(String.raw`liquidity(?! measures?)|capital resources|cash flows? (?:from|used in|provided by) operat|operating cash flows?|working capital|covenants?|credit facilit(?:y|ies)|revolving|indebtedness|borrowings?|debt (?:maturities|obligations|financing|levels)|contractual obligations|funding (?:needs|sources|requirements)|cash requirements|sources of (?:cash|liquidity)|uninsured deposits|deposit (?:outflows|concentration)|supplier finance|letters? of credit|investment[- ]grade|credit ratings?|capital expenditures|cash (?:provided by|used in) (?:operating|investing|financing)|(?:operating|investing|financing) activities|maturit(?:y|ies) of|restrict\w* (?:the |its |their )?(?:ability|payment)`),
    key: whole(String.raw`liquidity(?! measures?)|capital resources|covenants?|off[- ]balance sheet|contractual obligations|mandatory prepayments?|letters? of credit|capital expenditures|cash (?:provided by|used in) operating activities`),
  },
  {
    id: 'estimates',
    about: 'critical accounting estimates and policies',
    heading: rx(String.raw`critical accounting|significant accounting (?:estimates|judgments)|use of estimates`),
    citation: rx(String.raw`^S-K Item 303\(b\)\(3\)`),
    phrases: rx(String.raw`critical accounting (?:estimates?|policies|policy)|sensitivity (?:analysis|of)|reasonably likely (?:changes|to change)|estimation uncertainty|significant (?:estimates|assumptions|judgments)|useful li(?:fe|ves)|(?:make|makes|made|making) estimates|estimates of the|key assumptions`),
    key: whole(String.raw`critical accounting (?:estimates?|policies|policy)|useful li(?:fe|ves)|change in (?:accounting )?estimate`),
  },
  {
    id: 'impairment',
    about: 'goodwill, intangible assets, long-lived asset impairment (ASC 350/360)',
    heading: rx(String.raw`goodwill|impairment|intangible|long-lived`),
    citation: rx(String.raw`^(?:ASC 350|ASC 360|IAS 36|${beforeCodification('SFAS 142|SFAS 144|SFAS 121')})`),
    phrases: rx(String.raw`goodwill|impairment|impaired|intangible assets?|long-lived assets?|reporting units?|fair value (?:of the|of each) reporting unit|triggering event|recoverability|headroom|exceed(?:s|ed)? (?:its|their) carrying (?:value|amount)`),
    key: whole(String.raw`goodwill|impairment|impaired|write-?downs?`),
  },
  {
    id: 'income-taxes',
    about: 'income taxes (ASC 740), valuation allowance, uncertain tax positions, tax rate',
    heading: rx(String.raw`income tax|taxes|tax rate`),
    citation: rx(String.raw`^(?:ASC 740|IAS 12|${beforeCodification('SFAS 109|FIN 48|APB 23')})`),
    phrases: rx(String.raw`income tax(?:es)?|valuation allowance|deferred tax|effective tax rate|uncertain tax|unrecognized tax benefits|tax (?:credits|holiday|reform|law|assets|attributes|provision|jurisdictions?)|pre-?tax income|indefinitely reinvested|tax rates?|Tax Cuts and Jobs Act|pillar two|repatriat`),
    key: whole(String.raw`income tax(?:es)?|valuation allowance|deferred tax|effective tax rate|tax receivable|uncertain tax|tax provision|indefinitely reinvested|tax rates?`),
  },
  {
    id: 'financial-instruments',
    about: 'fair value (ASC 820), derivatives and hedging (ASC 815), investments, credit losses (ASC 326)',
    heading: rx(String.raw`fair value|derivative|hedg|investments?|securities|credit losses|allowance for (?:loan|credit)|loans?\b|financial instruments|market risk|interest rate risk|credit (?:risk|quality)|receivables?\b|concentrations?\b`),
    citation: rx(String.raw`^(?:ASC 820|ASC 815|ASC 320|ASC 321|ASC 325|ASC 326|ASC 825|ASC 310|ASC 860|S-K Item 305|IFRS 9|IFRS 13|${beforeCodification('SFAS 133|SFAS 157|SFAS 159|SFAS 115|SFAS 107|SFAS 140|SFAS 114|SFAS 65|SOP 03-3|EITF 99-20|FSP FAS 115-2|FSP FAS 157')})`),
    phrases: rx(String.raw`fair value (?:measurements?|hierarch\w*|option|on a recurring)|Level [123]\b|derivatives?|hedg\w+|available[- ]for[- ]sale|held[- ]to[- ]maturity|credit loss(?:es)?|\bCECL\b|allowance for (?:loan |credit )?loss(?:es)?|unrealized (?:gains|losses)|investment securities|marketable securities|loan (?:portfolio|modifications)|interest rate (?:risk|swaps|sensitivity)|commercial real estate loans|market risks?|net interest income sensitivity|economic value of equity|credit (?:risk|quality|ratings? of)|concentrations? of credit|counterpart(?:y|ies)|receivables? sold|with recourse|factoring|cost[- ]method investments?|(?:equity|debt) securities|treasury (?:bills|securities)`),
    key: whole(String.raw`fair value hierarchy|Level 3|derivatives?|hedg\w+|credit loss(?:es)?|market risks?|interest rate sensitivity|economic value of equity|concentrations? of credit risk|Item 7A|credit quality|\bCECL\b|troubled debt restructurings?|\bTDRs?\b|available[- ]for[- ]sale|held[- ]to[- ]maturity|loans? receivable`),
  },
  {
    id: 'business-combinations',
    about: 'acquisitions and dispositions (ASC 805), pro forma (S-X Article 11), acquiree statements (S-X Rule 3-05)',
    heading: rx(String.raw`acquisition|business combination|pro forma|divestiture|disposition|purchase price|discontinued operations?|held for sale`),
    citation: rx(String.raw`^(?:ASC 805|S-X Article 11|S-X Rule 3-05|S-X Rule 11-|IFRS 3|ASC 205-20|${beforeCodification('SFAS 141|APB 16')})`),
    phrases: rx(String.raw`acqui(?:re|red|sition|sitions|ree)|business combinations?|purchase price allocation|pro forma|bargain purchase|contingent consideration|divest(?:iture|ed)|dispos(?:al|ition) of|discontinued operations?|significance tests?|transaction accounting adjustments|accounting acquirer`),
    key: whole(String.raw`pro forma|business combinations?|purchase price allocation|allocation of the purchase price|purchase accounting|acquiree|accounting acquirer|Article 11|Rule 3-05`),
  },
  {
    id: 'leases',
    about: 'leases (ASC 840/842)',
    heading: rx(String.raw`\blease`),
    citation: rx(String.raw`^(?:ASC 84[02]|IFRS 16|${beforeCodification('SFAS 13|SFAS 98|SFAS 28|SFAS 29')})`),
    phrases: rx(String.raw`\bleases?\b|lessee|lessor|right[- ]of[- ]use|sale[- ]leaseback|operating lease|finance lease`),
    key: whole(String.raw`right[- ]of[- ]use|lessee|lessor|ASC 842|sale[- ]leaseback|real estate leases?|(?:minimum )?lease (?:payments|liabilit(?:y|ies)|obligations|intangibles|term)|(?:capital|finance|operating) leases?`),
  },
  {
    id: 'contingencies',
    about: 'loss contingencies, litigation, legal proceedings, environmental, guarantees (ASC 450/460)',
    heading: rx(String.raw`contingenc|litigation|legal proceedings|commitments|environmental|guarantee|legal matters|regulatory (?:matters|proceedings)|investigations?\b|remediation`),
    citation: rx(String.raw`^(?:ASC 450|ASC 460|S-K Item 103|IAS 37|${beforeCodification('SFAS 5|FIN 45|FIN 14')})`),
    phrases: rx(String.raw`loss contingenc|contingenc(?:y|ies)|litigation|legal proceedings|lawsuits?|reasonably possible (?:loss|losses)|range of (?:reasonably possible )?loss|accru(?:al|ed) for (?:the )?(?:loss|settlement)|settlement|environmental (?:remediation|liabilit)|asbestos|opioid|guarantees?|indemnif|remedia(?:l|tion)|clean-?up|superfund|consent decree|class actions?|subpoenas?|enforcement actions?|(?:government|governmental|regulatory) investigations?|courts?\b|Chancery|injunctions?|plaintiffs?|defendants?|recourse (?:obligations?|liabilit)`),
    key: whole(String.raw`loss contingenc|legal proceedings|litigation|lawsuits?|reasonably possible (?:loss|losses)|class actions?|consent decree|environmental remediation|superfund`),
  },
  {
    id: 'controls',
    about: 'ICFR, disclosure controls and procedures, certifications (S-K Items 307/308)',
    heading: rx(String.raw`controls and procedures|internal control|certification|disclosure controls|exhibits? 3[12]\b`),
    citation: rx(String.raw`^(?:S-K Item 30[78]|Exchange Act Rule 13a-1[45]|Exchange Act Rule 15d-1[45]|S-K Item 601\(b\)\(31\)|PCAOB AS 2201|Sarbanes-Oxley Act Section (?:302|404|906))`),
    phrases: rx(String.raw`internal control over financial reporting|\bICFR\b|(?:disclosure )?controls and procedures|material weakness(?:es)?|significant deficienc|control deficienc|certifications?|management(?:'|’)s (?:report|assessment|conclusion)|controls were (?:not )?effective`),
    key: whole(String.raw`internal control over financial reporting|disclosure controls|controls and procedures|material weakness|control deficienc(?:y|ies)`),
  },
  {
    id: 'risk-factors',
    about: 'risk factor disclosure (S-K Item 105)',
    heading: rx(String.raw`risk factors?|^risks? (?:related|relating|associated|specific) to|\b(?:could|may|might)\b.{0,80}\b(?:adverse(?:ly)?|negative(?:ly)?|harm)`),
    citation: rx(String.raw`^S-K Item (?:105|503\(c\))`),
    phrases: rx(String.raw`risk factors?|a risk factor|(?:add|include|revise|expand) (?:a |the )?risk`),
    key: whole(String.raw`risk factors?`),
  },
  {
    id: 'compensation-governance',
    about: 'executive compensation (S-K Item 402), board, governance, proxy voting and contest matters',
    heading: rx(String.raw`compensation|executive(?! (?:overview|summary))|director|board|governance|proxy|solicitation|voting|election|nominee|shareholder proposal|stockholder proposal|say[- ]on[- ]pay|beneficial ownership`),
    citation: rx(String.raw`^(?:S-K Item 40[1-8]|Exchange Act Rule 14a-|Exchange Act Rule 14c-|Exchange Act Rule 10[ACD]-|Exchange Act Section 14\((?:a|c)\)|Regulation 14A|S-K Item 407|S-K Item 404)`),
    phrases: rx(String.raw`executive compensation|named executive officers?|compensation (?:committee|discussion)|pay versus performance|say[- ]on[- ]pay|board of directors|director (?:nominees?|independence)|nominees?|proxy (?:statement|card|contest|solicitation|materials)|solicitation|solicit(?:ing)?|universal proxy|vot(?:e|ing) (?:standard|requirements?|results)|broker non-votes|related[- ]party transactions|related persons?|beneficial ownership|shareholder proposal|stockholder proposal|participants? in the solicitation|Rule 14a-9|annual meeting`),
    key: whole(String.raw`executive compensation|named executive officers?|compensation discussion|proxy card|proxy contest|solicitation|governance|employment agreements?`),
  },
  {
    id: 'equity',
    about: 'stock-based compensation (ASC 718), capital stock and share classes, charter and bylaw provisions, warrants and convertibles',
    heading: rx(String.raw`stock[- ]based|share[- ]based|(?<!non-)equity(?! method)|capital stock|shares|warrants|convertible|dual[- ]class|description of (?:capital|securities)|charter|bylaws|preferred stock|dividend`),
    citation: rx(String.raw`^(?:ASC 718|ASC 480|ASC 470-20|ASC 815-40|ASC 505|IFRS 2|${beforeCodification('SFAS 123|APB 25|APB 14|EITF 00-19|EITF 96-18|EITF 07-5|SFAS 150|FSP APB 14-1')})`),
    phrases: rx(String.raw`stock[- ]based compensation|share[- ]based (?:compensation|payment|awards)|stock options?|restricted stock|\bRSUs?\b|grant date fair value|cheap stock|capital stock|common stock|preferred stock|Class [AB] (?:common )?(?:stock|shares)|dual[- ]class|voting rights|warrants?|convertible|exclusive forum|forum selection|charter|bylaws?|anti-takeover|authorized shares|share repurchases?|dividends?|depositary shares|equity[- ]based (?:compensation|awards)|equity awards|profits interests?|carried interest|incentive units`),
    key: whole(String.raw`stock[- ]based compensation|share[- ]based|capital stock|description of (?:capital stock|securities)|warrants?|dual[- ]class|exclusive forum|rights (?:of|as) (?:a )?(?:stockholders?|shareholders?)|dividend policy|depositary shares|equity[- ]based compensation|profits interests?`),
  },
  {
    id: 'presentation',
    about: 'financial statement presentation and classification, EPS, consolidation/VIE, equity method, statement of cash flows',
    heading: rx(String.raw`statements? of (?:operations|income|cash flows|financial position|comprehensive)|(?<!off-|pro forma (?:condensed )?(?:consolidated |combined )?)balance sheets?|presentation|earnings per share|consolidat|variable interest|equity method|basis of presentation|(?<!relationships and )related part(?:y|ies)|report of independent|foreign currency|revision|restatement`),
    citation: rx(String.raw`^(?:ASC 230|ASC 260|ASC 810|ASC 323|ASC 205|ASC 250|ASC 830|ASC 850|SAB 99|SAB Topic 1\.M|ASC 270|ASC 272|ASC 225|ASC 220|S-X Rule (?:5-0[23]|4-08|3-0[1-4]|3-09|3-1[0-6]|10-01|8-0)|S-X Article (?:5|10|3|9)|IAS 1(?!\d)|IAS 7|IFRS 10|${beforeCodification('SFAS 128|SFAS 95|SFAS 154|SFAS 160|SFAS 94|SFAS 130|FIN 46|ARB 51|APB 18|APB 28|APB 30')})`),
    phrases: rx(String.raw`statements? of cash flows|classif(?:y|ied|ication)|present(?:ation|ed) (?:separately|as|in)|line items?|captions?|earnings per share|\bEPS\b|consolidat(?:e|ed|ion)|variable interest entit|\bVIEs?\b|primary beneficiary|equity method|non-?controlling interests?|reclassif|restat(?:e|ed|ement)|error correction|comparative periods|interim financial statements|other income|operating expenses|cost of (?:revenue|sales)|gross (?:profit|margin)|foreign currency (?:translation|transaction)|audit (?:opinion|report)|auditor(?:'|’)?s report|materiality analysis|errors?\b`),
    key: whole(String.raw`variable interest entit|equity method|statements? of cash flows|reclassif\w+|restatement|classif(?:y|ied|ication) (?:of|as)|materiality analysis|SAB 99|foreign currency translation|audit opinion`),
  },
  {
    id: 'exhibits',
    about: 'exhibits, material contracts, legal opinions, signatures, incorporation by reference (S-K Item 601)',
    heading: rx(String.raw`exhibit|signatures?|legal opinion|incorporation by reference|material contracts?|consent(?! solicitation)`),
    citation: rx(String.raw`^(?:S-K Item 601|S-K Item 601\(b\)|Securities Act Rule 406|Exchange Act Rule 24b-2|Securities Act Rule 436|Securities Act Rule 411|Exchange Act Rule 12b-23)`),
    phrases: rx(String.raw`exhibits?|material (?:agreements?|contracts?)|file (?:the|these|this) (?:agreement|contract)s?|legal (?:and tax )?opinions?|opinion of counsel|consent of|signatures?|incorporat(?:e|ed|ion) by reference|redact(?:ed|ions?)|confidential treatment|filed as an exhibit`),
    key: whole(String.raw`legal opinion|opinion of counsel|file (?:the|these|this|it|them) as (?:an )?exhibits?|Item 601|exhibits?\b`),
  },
  {
    id: 'business',
    about: 'description of business, properties, industry and market data (S-K Items 101/102)',
    heading: rx(String.raw`^(?:item 1\.?\s*(?:[-–—:]|--)?\s*)?business\b|our business|properties|industry|market (?:data|opportunity|size)|our (?:company|products|platform|customers)|competition|government regulation|human capital|intellectual property|prospectus summary|summary(?! of (?:significant )?accounting)|graphics|artwork|(?:competitive )?strengths|(?:growth )?strategy|investment highlights`),
    citation: rx(String.raw`^S-K Item 10[12]`),
    phrases: rx(String.raw`description of (?:the |your )?business|market (?:share|data|size|opportunity|position)|industry (?:data|sources|reports)|third[- ]party (?:data|sources|reports)|customers?|suppliers?|competitors?|competitive|products?|properties|human capital|employees|intellectual property|patents?|government regulation|regulatory (?:approval|framework)|basis for (?:the |your )?(?:statement|claim|belief)|substantiat|leading|largest|graphics|artwork|business model`),
    key: whole(String.raw`description of (?:the |your )?business|market (?:share|data|size|opportunity)|industry data|graphics|artwork|third[- ]party (?:data|sources|reports)`),
  },
  {
    id: 'offering',
    about: 'offering and transaction terms: use of proceeds, dilution, capitalization, background of and reasons for a transaction, fairness opinions, tax consequences',
    heading: rx(String.raw`use of proceeds|dilution|capitalization|the offering|plan of distribution|underwriting|background of the|reasons for the|fairness opinion|opinion of|financial advisor|tax consequences|material (?:U\.S\. )?federal income tax|the (?:merger|transaction|exchange offer|tender offer|offer|spin-?off|distribution|separation|combination)|questions and answers|conditions to|selling (?:stockholders|shareholders)|projections|terms of`),
    citation: rx(String.raw`^(?:S-K Item 50[4-8]|S-K Item 1015|S-K Item 10\d\d|Exchange Act Rule 13e-|Exchange Act Rule 14d-|Exchange Act Rule 14e-|Exchange Act Section 14\((?:d|e)\)|Securities Act Rule 4(?:15|24|30|3[0-9]|6[0-9]))`),
    phrases: rx(String.raw`use of proceeds|dilution|capitalization table|offering price|underwrit\w+|plan of distribution|background of the (?:merger|transaction|offer)|reasons for the (?:merger|transaction)|fairness opinion|financial advisors?|projections|exchange ratio|merger consideration|tender offer|exchange offer|conditions (?:to|of) the (?:offer|merger)|tax consequences|tax[- ]free|spin-?off|separation|selling (?:stockholders|shareholders)|registration statement (?:covers|registers)|at[- ]the[- ]market`),
    key: whole(String.raw`use of proceeds|dilution|fairness opinion|financial advisors?|background of the|reasons for the (?:merger|transactions?|offer|spin-?off|separation|distribution|combination|proposals?)|projections|synergies|exchange ratio|merger consideration|per share consideration|tender offer|exchange offer|offer to purchase|test[- ]the[- ]waters|written communications|capitalization table|Rule 425`),
  },
  {
    id: 'industry',
    about: 'industry-specific accounting and disclosure: insurance (ASC 944), oil and gas or mining reserves (S-K 1200/1300), bank statistical disclosure (S-K 1400), real estate, utilities',
    heading: rx(String.raw`reserves|oil and gas|mining|mineral|insurance|reinsurance|bank|deposits|loan portfolio|real estate|utility|regulated operations|production|loss development|claims development|policy acquisition|annuit|technical report|mines?\b|capital (?:requirements|ratios|adequacy)|regulatory capital|acreage|drilling|wells\b|exploration`),
    citation: rx(String.raw`^(?:S-K Item 1[2-4]\d\d|ASC 944|ASC 932|ASC 980|ASC 976|ASC 970|ASC 942|IFRS 17|IFRS 6|Industry Guide [2-7]|${beforeCodification('SFAS 60|SFAS 97|SFAS 113|SFAS 120|SFAS 19|SFAS 69|SFAS 71|SFAS 66|SFAS 67')})`),
    phrases: rx(String.raw`proved (?:reserves|undeveloped)|\bPUDs?\b|oil and gas|mineral (?:resources|reserves)|mining|insurance (?:liabilities|contracts|reserves)|reinsurance|loss reserves|policyholder|statutory|bank holding|net interest (?:income|margin)|deposits?|loan (?:portfolio|categories)|real estate (?:investment|properties)|same[- ]store|\bREIT\b|regulatory assets|rate case|utility|production (?:volumes|costs)|drilling|wells\b|wellbores?|well (?:counts?|sites?|pads?|completions?|costs?)|loss development|claims development|deferred policy acquisition|policy(?:holder)? (?:liabilities|benefits|reserves)|future policy benefits|annuit(?:y|ies)|cut-?off grades?|technical report|mines?\b|ore\b|exploration|acreage|productive wells|standardized measure|capital (?:requirements|ratios?)|regulatory capital|stress (?:tests?|capital)|\bCCAR\b|deposit betas?|occupancy`),
    key: whole(String.raw`proved (?:reserves|undeveloped)|oil and gas|mineral (?:resources|reserves)|reinsurance|loss development|deferred policy acquisition costs?|future policy benefits|cut-?off grades?|technical report summar(?:y|ies)|regulatory capital|capital requirements|productive wells|standardized measure|loss adjustment expenses|claims development|statutory (?:surplus|capital)|captive|bank holding|Category (?:I|II|III|IV)\b|regulated utilit|ASC 944|Article 7`),
  },
  {
    id: 'emerging',
    about: 'cybersecurity, climate, crypto assets, China-based issuers (HFCAA), Russia/Ukraine and other current staff focus areas',
    heading: rx(String.raw`cybersecurity|climate|crypto|digital assets?|China|PRC|Hong Kong|HFCAA|Holding Foreign Companies|Russia|Ukraine|inflation|supply chain|COVID|pandemic|Middle East|artificial intelligence|\bAI\b|tariff`),
    citation: rx(String.raw`^(?:S-K Item 106|S-K Item 1500|S-K Item 15\d\d)`),
    phrases: rx(String.raw`cybersecurity|cyber[- ]attack|climate[- ]related|climate change|greenhouse gas|carbon|crypto(?:currency|currencies| assets?)?|digital assets?|bitcoin|blockchain|People(?:'|’)s Republic of China|\bPRC\b|Hong Kong|Chinese government|variable interest entity structure|Holding Foreign Companies Accountable|\bHFCAA\b|Russia|Ukraine|sanctions|inflation(?:ary)?|supply chain|COVID-19|pandemic|Israel|Red Sea|artificial intelligence|generative AI|tariffs?`),
    key: whole(String.raw`cybersecurity|cyber[- ]attacks?|climate|greenhouse gas|crypto\w*|digital assets?|bitcoin|Iran|Sudan|Syria|North Korea|Cuba|sanction(?:s|ed) countr|COVID-19|COVID|pandemic|Russia|Ukraine|HFCAA|Holding Foreign Companies`),
  },
];

/** How much each kind of evidence weighs in the hand-set score (the rules' own judgement, one input of the trained model). */
const WEIGHT = { headingByDepth: [3.5, 2.5, 1.5, 1], citation: 2, key: 2.5, phrase: 0.5, maxPhrases: 4 };
/** Headings that only frame the financial statements or the filing ("Notes to Consolidated Financial Statements", "Summary of Significant Accounting Policies") say nothing of a topic unless they are the comment's own. */
const FRAMING_HEADING = /notes to (?:the )?(?:consolidated |combined )?financial statements|significant accounting policies|^(?:item \d+\.?\s*)?financial statements\b|financial statements\s*[-–—]/i;

/** What the table finds for one topic in one comment. */
export interface TopicEvidence {
  id: TopicId;
  /** A heading names the topic: the innermost heading, the one above it, one further out (framing headings left out). */
  heading: [boolean, boolean, boolean];
  /** Citations of the topic, at most 2 counted. */
  citations: number;
  /** A key term of the topic is in the text. */
  key: boolean;
  /** Distinct phrases of the topic in the text, at most 4 counted. */
  phrases: number;
  /** The hand-set score of this evidence (WEIGHT). */
  score: number;
}

/**
 * The evidence for every topic of the table (TOPICS order) in a comment.
 * @param headings the comment's heading chain, outermost first
 * @param text the comment's text
 * @param citations canonical citations found in the text
 */
export function topicEvidence(headings: readonly string[], text: string, citations: readonly string[]): TopicEvidence[] {
  const e = fillEvidence(headings, text, citations, EVIDENCE);
  return TOPICS.map((topic, t) => ({
    id: topic.id,
    heading: [e.heading[3 * t] === 1, e.heading[3 * t + 1] === 1, e.heading[3 * t + 2] === 1],
    citations: e.citations[t] as number,
    key: e.key[t] === 1,
    phrases: e.phrases[t] as number,
    score: e.score[t] as number,
  }));
}

/**
 * The evidence of every topic in a comment as columns, TOPICS order (TopicEvidence's fields, heading
 * three per topic): what scoring reads, filled in place (22 objects per comment, each with its
 * arrays, were a fifth of the topics' time).
 */
interface EvidenceColumns {
  heading: Uint8Array;
  citations: Uint8Array;
  key: Uint8Array;
  phrases: Uint8Array;
  score: Float64Array;
}

function evidenceColumns(): EvidenceColumns {
  const n = TOPICS.length;
  return { heading: new Uint8Array(3 * n), citations: new Uint8Array(n), key: new Uint8Array(n), phrases: new Uint8Array(n), score: new Float64Array(n) };
}

/** The comment being read (one set of columns, reused). */
const EVIDENCE = evidenceColumns();
/** Each topic's heading weight in the comment being read. */
const HEADING_WEIGHT = new Float64Array(TOPICS.length);

/** topicEvidence written into `e`; returned. */
function fillEvidence(headings: readonly string[], text: string, citations: readonly string[], e: EvidenceColumns): EvidenceColumns {
  // Which headings speak for a topic, and at what depth, is the same for every topic: judged once.
  e.heading.fill(0);
  HEADING_WEIGHT.fill(0);
  headings.forEach((heading, i) => {
    const depth = headings.length - 1 - i;
    const judged = judgedHeading(heading);
    if (depth > 0 && judged.framing) return;
    const place = Math.min(depth, 2);
    const weight = WEIGHT.headingByDepth[Math.min(depth, WEIGHT.headingByDepth.length - 1)] as number;
    for (let t = 0; t < TOPICS.length; t++) {
      if (judged.names[t] === 0) continue;
      e.heading[3 * t + place] = 1;
      HEADING_WEIGHT[t] = Math.max(HEADING_WEIGHT[t] as number, weight);
    }
  });
  e.citations.fill(0);
  for (const citation of citations) {
    const names = citedTopics(citation);
    for (let t = 0; t < TOPICS.length; t++) if (names[t] === 1 && (e.citations[t] as number) < 2) e.citations[t] = (e.citations[t] as number) + 1;
  }
  keysAndPhrases(text, e.key, e.phrases);
  for (let t = 0; t < TOPICS.length; t++) {
    e.score[t] = (HEADING_WEIGHT[t] as number) + WEIGHT.citation * (e.citations[t] as number) + (e.key[t] === 1 ? WEIGHT.key : 0) + WEIGHT.phrase * (e.phrases[t] as number);
  }
  return e;
}

/** The topics (TOPICS order, 1 = of it) a canonical citation belongs to, read once per citation. */
const CITED_TOPICS = new Map<string, Uint8Array>();

function citedTopics(citation: string): Uint8Array {
  return remembered(CITED_TOPICS, citation, () => namedTopics((topic) => topic.citation, citation));
}

/** What a heading says: whether it only frames the statements, and which topics (TOPICS order, 1 = named) its words name. */
interface JudgedHeading {
  framing: boolean;
  names: Uint8Array;
}
/** Headings judged so far: a letter's comments share their outer headings, so each is read once, not per comment. */
const JUDGED_HEADINGS = new Map<string, JudgedHeading>();

function judgedHeading(heading: string): JudgedHeading {
  return remembered(JUDGED_HEADINGS, heading, () => ({ framing: FRAMING_HEADING.test(heading), names: namedTopics((topic) => topic.heading, heading) }));
}

/** Which topics (TOPICS order, 1 = named) a text matches the pattern of (`patternOf`: the topic's heading or citation pattern). */
function namedTopics(patternOf: (topic: TopicRule) => RegExp, text: string): Uint8Array {
  return Uint8Array.from(TOPICS, (topic) => (test(patternOf(topic), text) ? 1 : 0));
}

/** How many texts a cache of what was read of them keeps before it starts again (a process reads thousands of letters). */
const REMEMBERED_KEPT = 1000;

/** What `read` makes of `key`, made once while `cache` keeps it. */
function remembered<T>(cache: Map<string, T>, key: string, read: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = read();
    if (cache.size >= REMEMBERED_KEPT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/** Words that say nothing of a topic: the genre's requests ("please tell us", "revise your disclosure") and function words. */
const STOP_WORDS = new Set(
  'the a an of to and or in on for with as by at from that this these those is are was were be been your you we our its it their please tell us provide revise disclose disclosure explain page pages which such any all also other how what whether why may if not include including describe discussion related'.split(' '),
);

const WORD = /[a-z][a-z0-9&]+(?:-[a-z0-9]+)*/g;

/**
 * The words of a comment as the model reads them: each distinct word once, lower-cased, a plural's
 * "s" dropped, marked by where it stands (`h0:` the innermost heading, `h:` the headings above it,
 * `t:` the comment's text), then the kinds of filing its letter reviews (`f:`, filingKinds). What
 * training reads; parsing reads the weights straight from the texts (textWordWeights), in the same order.
 * @param forms the EDGAR form types of the filings the letter reviews (letter.filings[].form)
 */
export function topicWords(headings: readonly string[], text: string, forms: readonly (string | null)[] = []): Set<string> {
  const out = new Set<string>();
  forEachWord(headings, text, (tag, word) => {
    if (!STOP_WORDS.has(word)) out.add(tag + word);
  });
  for (const kind of filingKinds(forms)) out.add(`f:${kind}`);
  return out;
}

/**
 * The kinds of filing a letter reviews, as the topic model reads them: what a comment is likely to be about
 * differs with the filing (a registration statement's offering and business, a proxy's compensation and
 * governance, a tender offer's terms), and a short comment's words ("Please revise to clarify") often say
 * nothing of it. Measured in grouped cross-validation on three splits of the companies, the words' L2 0.0005 both ways:
 * without the kinds 0.8462, 0.8367, 0.8395; with them 0.8476, 0.8423, 0.8426 (scripts/train-topics.mjs --fold-seed).
 */
export function filingKinds(forms: readonly (string | null)[]): string[] {
  const kinds = new Set<string>();
  for (const form of forms) if (form !== null) kinds.add(filingKind(form));
  return [...kinds];
}

/** One form's kind: a registration statement, a merger's, an annual or a quarterly report, a current report, a proxy or information statement, a tender offer, or another. */
function filingKind(form: string): string {
  const f = form.toUpperCase().replace(/\/A$/, '');
  if (/^(?:S-1|F-1|DRS|S-11|10-12B|10-12G|10|F-10|S-3|F-3)$/.test(f)) return 'register';
  if (/^(?:S-4|F-4)$/.test(f)) return 'merger';
  if (/^(?:10-K|20-F|40-F|10-KT)$/.test(f)) return 'annual';
  if (f === '10-Q') return 'quarter';
  if (/^(?:8-K|6-K)$/.test(f)) return 'current';
  if (/14A|14C|^DEF|^PRE/.test(f)) return 'proxy';
  if (/^(?:SC |SCHEDULE |TO)/.test(f)) return 'tender';
  return 'other';
}

/** Each word of the headings and the text, lower-cased, a plural's "s" dropped, with the tag of where it stands. */
function forEachWord(headings: readonly string[], text: string, visit: (tag: WordPlace, word: string) => void): void {
  const read = (tag: WordPlace, s: string) => {
    for (const m of s.toLowerCase().matchAll(WORD)) {
      visit(tag, singular(m[0]));
    }
  };
  headings.forEach((h, i) => read(i === headings.length - 1 ? 'h0:' : 'h:', h));
  read('t:', text);
}

type WordPlace = 'h0:' | 'h:' | 't:' | 'f:';

/** The model's weight rows of these tagged words, in their order (words it does not weigh left out). */
export function wordWeights(words: Iterable<string>, model: TopicModel = TOPIC_MODEL): Float64Array[] {
  return rowsOf(words, wordTableOf(model, topicRow));
}

/**
 * What wordWeights(topicWords(headings, text, forms)) gives, without building the tagged words: looked up
 * untagged by place, each row once (rows are one per tagged word, so a row seen is a word seen).
 */
export function textWordWeights(headings: readonly string[], text: string, model: TopicModel = TOPIC_MODEL, forms: readonly (string | null)[] = []): Float64Array[] {
  return gatherTextWords(headings, text, model, forms).gathered();
}

/**
 * The model's rows gathered for textWordWeights.
 * @param sums where to add each row at once instead (NumberedRows.start)
 */
function gatherTextWords(headings: readonly string[], text: string, model: TopicModel, forms: readonly (string | null)[], sums?: Float64Array): NumberedRows {
  const { trie, rows, bySurface } = compiled(model);
  rows.start(sums);
  const read = (place: WordPlace, lower: string) => {
    const rowOf = bySurface[place];
    // The words WORD finds, each as the node of its letters as printed: compound words are what WORD matches.
    const nodes = trie.compoundWordNodes(lower, NODES);
    for (let k = 0; k < nodes.count; k++) rows.gather(rowOf[nodes.at(k)] as number);
  };
  headings.forEach((h, i) => read(i === headings.length - 1 ? 'h0:' : 'h:', h.toLowerCase()));
  read('t:', lowerCased(text));
  for (const kind of filingKinds(forms)) rows.gather(bySurface['f:'][trie.nodeOf(kind)] as number);
  return rows;
}

/** The word nodes of the text being read (one array, reused). */
const NODES = new IntList();

/** The word forEachWord makes of a printed word: a plural's "s" dropped, "-ies" read as "-y". */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && /[a-z]{3}s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The words as printed that forEachWord reads as `word` (singular inverted): itself, its "s" plural, its "-ies" plural. */
function printedForms(word: string): string[] {
  const out: string[] = [];
  if (singular(word) === word) out.push(word);
  if (singular(`${word}s`) === word) out.push(`${word}s`);
  if (word.endsWith('y') && singular(`${word.slice(0, -1)}ies`) === word) out.push(`${word.slice(0, -1)}ies`);
  return out;
}

/**
 * The topics a comment is about, strongest first: the table's evidence for each topic and the
 * comment's words, weighed by the model trained on the project's hand labels (topic-model.ts).
 * @param headings the comment's heading chain, outermost first
 * @param text the comment's text
 * @param citations canonical citations found in the text
 * @param forms the EDGAR form types of the filings the letter reviews (letter.filings[].form)
 */
export function topicsOf(headings: readonly string[], text: string, citations: readonly string[], forms: readonly (string | null)[] = []): TopicId[] {
  if (asksNothing(text)) return [];
  const evidence = fillEvidence(headings, text, citations, EVIDENCE);
  // The words' rows are added to the evidence's sums as the words are read (the sums as likeliest makes them: rows after evidence, in the order first met).
  evidenceSums(evidence, TOPIC_MODEL, Z);
  gatherTextWords(headings, text, TOPIC_MODEL, forms, Z);
  return listed(probabilitiesOf(Z, TOPIC_MODEL), TOPIC_MODEL);
}

/** The staff saying it is still weighing an answer ("We continue to evaluate your response and may have further comments"). */
const STILL_WEIGHING = /\b(?:evaluat|consider|review)\w*\b[^.]{0,60}\brespons|\bmay have (?:further|additional) comments?\b/i;
/** A request of the genre: what makes a comment about something. */
const A_REQUEST = /\b(?:revise|tell us|disclose|provide|explain|clarify|file|confirm|expand|quantify|describe|discuss|remove|include|identify|advise|show|reconcile)\b/i;
/** The longest comment read as a holding note (the ones met are one or two sentences). */
const HOLDING_NOTE_LENGTH = 400;

/**
 * Whether a comment only says the staff is still weighing the company's answer: it asks nothing, so it
 * is about no topic, whatever its heading (the hand labels' rule; the model, which reads the heading, would
 * give it the heading's).
 */
export function asksNothing(text: string): boolean {
  return text.length <= HOLDING_NOTE_LENGTH && STILL_WEIGHING.test(text) && !A_REQUEST.test(text.replace(/\bplease note\b/gi, ''));
}

/** The topics listed: from the threshold up, the likeliest alone from the floor, another beside it from its share of it (listed); strongest first. */
export function chooseTopics(evidence: readonly TopicEvidence[], words: readonly Float64Array[] | NumberedRows, model: TopicModel = TOPIC_MODEL): TopicId[] {
  return chosen(columnsOf(evidence), words, model);
}

function chosen(evidence: EvidenceColumns, words: readonly Float64Array[] | NumberedRows, model: TopicModel): TopicId[] {
  return listed(likeliest(evidence, words, model, lowestListed(model)), model);
}

/** The lowest probability at which the model may list a topic: its threshold, its floor, or a topic's floor beside the likeliest. */
const lowestListed = (model: TopicModel) => Math.min(model.threshold, model.floor, model.relativeFloor);

/**
 * The topics listed of those likeliest gave, most likely first (likeliest's from: the others are left out before sorting, the
 * likeliest is then still first): from the threshold up; the likeliest alone from the floor; another from its share of the
 * likeliest's probability and its own floor up (TopicModel.relative).
 */
function listed(likely: readonly { id: TopicId; p: number }[], model: TopicModel): TopicId[] {
  const top = likely[0]?.p ?? 0;
  return likely
    .filter((t, i) => t.p >= model.threshold || (i === 0 ? t.p >= model.floor : t.p >= model.relativeFloor && t.p >= model.relative * top))
    .slice(0, model.most)
    .map((t) => t.id);
}

/** Evidence objects (topicEvidence; TOPICS order) as columns. */
function columnsOf(evidence: readonly TopicEvidence[]): EvidenceColumns {
  const e = evidenceColumns();
  evidence.forEach((topic, t) => {
    topic.heading.forEach((named, d) => (e.heading[3 * t + d] = named ? 1 : 0));
    e.citations[t] = topic.citations;
    e.key[t] = topic.key ? 1 : 0;
    e.phrases[t] = topic.phrases;
    e.score[t] = topic.score;
  });
  return e;
}

/** The model's evidence inputs for one topic, in TOPIC_MODEL.features order. */
export function topicFeatures(e: TopicEvidence, best: number): number[] {
  return Array.from(writeTopicFeatures(columnsOf([e]), 0, best, new Float64Array(TOPIC_FEATURES)));
}

/** How many evidence inputs topicFeatures gives. */
const TOPIC_FEATURES = 9;

/** topicFeatures of topic `t` written into `out` (what scoring reads, without an array per topic). */
function writeTopicFeatures(e: EvidenceColumns, t: number, best: number, out: Float64Array): Float64Array {
  const score = e.score[t] as number;
  out[0] = e.heading[3 * t] as number;
  out[1] = e.heading[3 * t + 1] as number;
  out[2] = e.heading[3 * t + 2] as number;
  out[3] = e.citations[t] as number;
  out[4] = e.key[t] as number;
  out[5] = e.phrases[t] as number;
  out[6] = score / 4;
  out[7] = best > 0 ? score / best : 0;
  out[8] = score === best && best > 0 ? 1 : 0;
  return out;
}
const FEATURES = new Float64Array(TOPIC_FEATURES);
/** The comment's sums per topic (reused). */
const Z = new Float64Array(TOPICS.length);

/**
 * How likely the comment is about each topic, most likely first: a logistic model per topic whose
 * evidence weights are shared by all topics plus the topic's own, and whose word weights are the topic's own.
 * @param words the model's weight rows of the comment's words (textWordWeights, or wordWeights of topicWords), or the rows gathered for them
 * @param from topics less likely than this are left out
 */
export function topicProbabilities(evidence: readonly TopicEvidence[], words: readonly Float64Array[] | NumberedRows, model: TopicModel = TOPIC_MODEL, from = 0): { id: TopicId; p: number }[] {
  return likeliest(columnsOf(evidence), words, model, from);
}

function likeliest(evidence: EvidenceColumns, words: readonly Float64Array[] | NumberedRows, model: TopicModel, from: number): { id: TopicId; p: number }[] {
  evidenceSums(evidence, model, Z);
  addRows(Z, words);
  return probabilitiesOf(Z, model, from);
}

/** Each topic's bias and weighed evidence, written into `z`. */
function evidenceSums(evidence: EvidenceColumns, model: TopicModel, z: Float64Array): void {
  const { shared, perTopic } = compiled(model);
  let best = 0;
  for (let t = 0; t < TOPICS.length; t++) if ((evidence.score[t] as number) > best) best = evidence.score[t] as number;
  for (let t = 0; t < TOPICS.length; t++) {
    const own = perTopic[t] as Float64Array;
    const x = writeTopicFeatures(evidence, t, best, FEATURES);
    let sum = (shared[0] as number) + (own[0] as number);
    for (let j = 0; j < x.length; j++) sum += (x[j] as number) * ((shared[j + 1] as number) + (own[j + 1] as number));
    z[t] = sum;
  }
}

/**
 * The topics from `z` (each topic's sum of evidence and words) that are at least `from` likely, most likely first.
 * @param from by default, those the model can list (lowestListed)
 */
function probabilitiesOf(z: Float64Array, model: TopicModel, from = lowestListed(model)): { id: TopicId; p: number }[] {
  const out: { id: TopicId; p: number }[] = [];
  for (let t = 0; t < TOPICS.length; t++) {
    const p = 1 / (1 + Math.exp(-(z[t] as number)));
    if (p >= from) out.push({ id: (TOPICS[t] as TopicRule).id, p });
  }
  return out.sort((a, b) => b.p - a.p);
}

/** A model's weights as arrays in TOPICS order, made once per model: scoring a comment then allocates little. */
interface CompiledTopicModel {
  shared: Float64Array;
  perTopic: Float64Array[];
  /** The rows, numbered; by place, the number of the row of each trie node's word as printed ("goodwills" and "goodwill" share one row; -1: none). */
  trie: WordTrie;
  rows: NumberedRows;
  bySurface: Record<WordPlace, Int16Array | Int32Array>;
}
const COMPILED = new WeakMap<TopicModel, CompiledTopicModel>();
/** Each topic's place in TOPICS. */
const TOPIC_ORDER = new Map(TOPICS.map((topic, t) => [topic.id, t]));

function compiled(model: TopicModel): CompiledTopicModel {
  let c = COMPILED.get(model);
  if (c === undefined) {
    // The shipped model's tables are stored built (analysis-tables.ts); another model's (training) are built here.
    const tables = (model === TOPIC_MODEL ? (storedTables()?.['topics'] as TopicTables | undefined) : undefined) ?? topicTables(model);
    const width = tables.shared.length;
    c = {
      shared: tables.shared,
      perTopic: TOPICS.map((_, t) => tables.perTopic.subarray(t * width, (t + 1) * width)),
      trie: new WordTrie(tables.trie),
      rows: NumberedRows.fromPacked(tables.rows, TOPICS.length),
      bySurface: { 'h0:': rowNumbers(tables.surfaces.h0), 'h:': rowNumbers(tables.surfaces.h), 't:': rowNumbers(tables.surfaces.t), 'f:': rowNumbers(tables.surfaces.f) },
    };
    COMPILED.set(model, c);
  }
  return c;
}

/** A topic model as the tables scoring reads (what `npm run tables` stores for TOPIC_MODEL). */
export interface TopicTables {
  /** The bias, then the evidence weights shared by all topics. */
  shared: Float64Array;
  /** Each topic's own bias and evidence weights, TOPICS order, one after another (shared.length each). */
  perTopic: Float64Array;
  /** The trie of the model's words as printed ("goodwill", "goodwills"). */
  trie: TrieTables;
  /** By place, the number of the row of each trie node's word (-1: none); `f`: of a filing's kind (filingKinds). */
  surfaces: { h0: Int32Array; h: Int32Array; t: Int32Array; f: Int32Array };
  /** Each tagged word's row of weights per topic, packed (NumberedRows.packed). */
  rows: PackedRows;
}

/** The tables of a topic model, built from it. */
export function topicTables(model: TopicModel): TopicTables {
  const width = model.shared.length + 1;
  const rows = new NumberedRows();
  const printedRows: [WordPlace, string, number][] = [];
  for (const [word, weights] of Object.entries(model.words)) {
    const place = (['h0:', 'h:', 't:', 'f:'] as const).find((tag) => word.startsWith(tag));
    if (place === undefined) continue;
    const n = rows.add(topicRow(weights));
    // A filing's kind is one word as named (filingKind), not printed.
    for (const printed of place === 'f:' ? [word.slice(place.length)] : printedForms(word.slice(place.length))) printedRows.push([place, printed, n]);
  }
  const trie = WordTrie.of(printedRows.map(([, printed]) => printed));
  const surfaces = { h0: new Int32Array(trie.size).fill(-1), h: new Int32Array(trie.size).fill(-1), t: new Int32Array(trie.size).fill(-1), f: new Int32Array(trie.size).fill(-1) };
  const surfaceOf = { 'h0:': surfaces.h0, 'h:': surfaces.h, 't:': surfaces.t, 'f:': surfaces.f };
  for (const [place, printed, n] of printedRows) surfaceOf[place][trie.nodeOf(printed)] = n;
  return {
    shared: Float64Array.from([model.bias, ...model.shared]),
    perTopic: Float64Array.from(TOPICS.flatMap((topic) => Array.from({ length: width }, (_, j) => model.perTopic[topic.id]?.[j] ?? 0))),
    trie: trie.tables,
    surfaces,
    rows: rows.packed(),
  };
}

/** A word's weights as a row in TOPICS order (read by the word's own few topics, not all 22 per word). */
function topicRow(weights: Partial<Record<TopicId, number>>): Float64Array {
  const row = new Float64Array(TOPICS.length);
  for (const id in weights) {
    const t = TOPIC_ORDER.get(id as TopicId);
    if (t !== undefined) row[t] = weights[id as TopicId] ?? 0;
  }
  return row;
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/**
 * How a key term or phrase can start: its first three characters, each a letter or "other" (27 x 27 x
 * 27 places, one byte each); 1 where some alternative of the table can start so. Most word starts
 * begin as none does ("the", "you", "of "): the table's pattern is not tried there (a pattern tried at
 * every word start was most of the scan's time). A start shorter than three (the rest any) marks all
 * that begin with it.
 */
const START_LENGTH = 3;
const OTHER = 26;

/** The place of a character in the start table's alphabet: a-z, else OTHER (also past the end: NaN). */
function startSymbol(c: number): number {
  return c >= 97 && c <= 122 ? c - 97 : OTHER;
}

/** Whether a key term or phrase can start at `at` (StartTables.starts). */
function canStartAt(text: string, at: number): boolean {
  return WORD_STARTS[(startSymbol(text.charCodeAt(at)) * 27 + startSymbol(text.charCodeAt(at + 1))) * 27 + startSymbol(text.charCodeAt(at + 2))] === 1;
}

/**
 * Every topic's key terms and phrases as one pattern per letter a word can start with, holding only
 * the alternatives that can start with it (pattern-starts.ts): a comment's text is read once, not 44
 * times, and each word start tries a tenth of the table, not all of it. Where two topics' words start
 * at the same place the first topic's wins, as in the table; a key term also counts as a phrase.
 * Numbered groups, not named (V8 builds a groups object on every match); `topicPart[g - 1]` says which
 * topic's key terms (2t) or phrases (2t + 1) group g is. Lower-cased and matched against the
 * lower-cased text rather than with the i flag: 15% faster to compile and to run (so no pattern of the
 * table may use an upper-case escape such as \S; a test checks).
 */
export interface StartTables {
  /** 1 where some key term or phrase can start so: 27 x 27 x 27 places (START_LENGTH characters, each a letter or OTHER). */
  starts: Uint8Array;
  /** Per letter a-z: the pattern's source and which topic part each of its groups is. */
  byFirstLetter: { source: string; topicPart: number[] }[];
}

/** The start tables of the topic table (TOPICS), built from it: what `npm run tables` stores. */
export function startTables(): StartTables {
  const starts = new Uint8Array(27 ** START_LENGTH);
  // Marks the starts (prefixesOf) of one alternative; null or an empty start marks every place.
  const markStarts = (prefixes: Prefixes): void => {
    if (prefixes === null) return void starts.fill(1);
    for (const start of prefixes) {
      let from = 0;
      for (let i = 0; i < start.length; i++) from = from * 27 + startSymbol(start.charCodeAt(i));
      const span = 27 ** (START_LENGTH - start.length);
      starts.fill(1, from * span, (from + 1) * span);
    }
  };
  // Each alternative's possible first characters read once (not once per letter: 26 times the start-up work).
  const parts = TOPICS.flatMap((topic, t) => {
    const key = topic.key.source.toLowerCase();
    if (!key.startsWith(WHOLE_BEFORE) || !key.endsWith(WHOLE_AFTER)) throw new Error(`a key term pattern not made by whole(): ${key}`);
    const read = (source: string) =>
      alternativesOf(source).map((alternative) => {
        const prefixes = prefixesOf(alternative, START_LENGTH);
        markStarts(prefixes);
        return { alternative, prefixes };
      });
    return [
      { part: 2 * t, alternatives: read(key.slice(WHOLE_BEFORE.length, -WHOLE_AFTER.length)), group: (keys: string) => `(${WHOLE_BEFORE}${keys}${WHOLE_AFTER})` },
      { part: 2 * t + 1, alternatives: read(topic.phrases.source.toLowerCase()), group: (phrases: string) => `(${phrases})` },
    ];
  });
  const byFirstLetter = Array.from({ length: 26 }, (_, k) => {
    const letter = String.fromCharCode(97 + k);
    const groups: string[] = [];
    const topicPart: number[] = [];
    for (const { part, alternatives, group } of parts) {
      const kept = alternatives.filter(({ prefixes }) => prefixes === null || [...prefixes].some((prefix) => prefix === '' || prefix[0] === letter)).map(({ alternative }) => alternative);
      if (kept.length === 0) continue;
      groups.push(group(kept.join('|')));
      topicPart.push(part);
    }
    return { source: groups.join('|') || '(?!)', topicPart };
  });
  return { starts, byFirstLetter };
}

const START_TABLES = (storedTables()?.['topicStarts'] as StartTables | undefined) ?? startTables();
const WORD_STARTS = START_TABLES.starts;
const BY_FIRST_LETTER = START_TABLES.byFirstLetter.map(({ source, topicPart }) => ({ pattern: new RegExp(source, 'y'), topicPart }));

/** The distinct phrases met so far in the text being read, WEIGHT.maxPhrases places per topic (reused). */
const PHRASES_SEEN: string[] = new Array<string>(TOPICS.length * WEIGHT.maxPhrases).fill('');

/**
 * For each topic (TOPICS order): whether the text uses one of its key terms (`key`: 1), and how many
 * of its phrases (`phrases`; "goodwill" five times counts once, at most WEIGHT.maxPhrases).
 */
function keysAndPhrases(original: string, key: Uint8Array, phrases: Uint8Array): void {
  const text = lowerCased(original);
  key.fill(0);
  phrases.fill(0);
  // The key terms and phrases are tried where a word starts only (a sixth of the places of a full scan).
  for (let at = 0; at < text.length; at++) {
    // A word starts at an ASCII letter that does not follow a letter or digit.
    const c = text.charCodeAt(at);
    if (!isLowerAsciiLetter(c) || (at > 0 && isAsciiLetterOrDigit(text.charCodeAt(at - 1)))) continue;
    if (!canStartAt(text, at)) continue;
    const { pattern, topicPart } = BY_FIRST_LETTER[c - 97] as (typeof BY_FIRST_LETTER)[number];
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m === null) continue;
    let group = 1;
    while (m[group] === undefined) group++;
    const part = topicPart[group - 1] as number;
    const t = part >> 1;
    if (part % 2 === 0) key[t] = 1;
    const seen = phrases[t] as number;
    if (seen < WEIGHT.maxPhrases && !phraseSeen(t, seen, m[0])) {
      PHRASES_SEEN[t * WEIGHT.maxPhrases + seen] = m[0];
      phrases[t] = seen + 1;
    }
    at += Math.max(m[0].length, 1) - 1;
  }
}

/** Whether topic `t`'s first `seen` phrases (PHRASES_SEEN) hold `phrase`. */
function phraseSeen(t: number, seen: number, phrase: string): boolean {
  for (let k = t * WEIGHT.maxPhrases; k < t * WEIGHT.maxPhrases + seen; k++) if (PHRASES_SEEN[k] === phrase) return true;
  return false;
}
