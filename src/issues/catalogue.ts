/**
 * One rule of the {@link ISSUE_CATALOGUE}.
 *
 * Messages are templates: `{name}` is replaced by `params.name` when the issue is created.
 *
 * @category Issues
 * @example
 * ```ts
 * import { ISSUE_CATALOGUE, type IssueRule } from 'plan-servicii-sociale';
 * const rule: IssueRule = ISSUE_CATALOGUE['amount.not_exact'];
 * rule.severity; //=> 'error'
 * ```
 */
export interface IssueRule {
  /** Default severity of the rule. */
  readonly severity: 'error' | 'warning' | 'info';
  /** Family of the rule, for grouping in a UI. */
  readonly category: 'input' | 'structure' | 'text' | 'amount' | 'count' | 'date' | 'code' | 'consistency';
  /** Romanian message template. */
  readonly ro: string;
  /** English message template. */
  readonly en: string;
  /** Legal source of the rule, when there is one. */
  readonly legalReference?: string;
}

/**
 * The catalogue of every issue code: severity, category and the message in Romanian and English.
 *
 * Codes are stable: a code once published keeps its meaning. `docs/validation-issues.md` lists
 * them with guidance.
 *
 * @category Issues
 * @example
 * ```ts
 * import { ISSUE_CATALOGUE } from 'plan-servicii-sociale';
 * ISSUE_CATALOGUE['value.required'].en; //=> 'A required value is missing.'
 * ```
 */
export const ISSUE_CATALOGUE = {
  'input.unreadable': {
    severity: 'error',
    category: 'input',
    ro: 'Datele nu au putut fi citite: {reason}.',
    en: 'The input could not be read: {reason}.',
  },
  'value.required': {
    severity: 'error',
    category: 'structure',
    ro: 'Lipsește o valoare obligatorie.',
    en: 'A required value is missing.',
  },
  'type.invalid': {
    severity: 'error',
    category: 'structure',
    ro: 'Tip de valoare greșit: se aștepta {expected}, s-a primit {received}.',
    en: 'Wrong type of value: expected {expected}, received {received}.',
  },
  'object.unknown_key': {
    severity: 'error',
    category: 'structure',
    ro: 'Câmp necunoscut „{key}”: nu face parte din model (verificați ortografia).',
    en: 'Unknown field "{key}": it is not part of the model (check the spelling).',
  },
  'value.not_allowed': {
    severity: 'error',
    category: 'structure',
    ro: 'Valoare nepermisă; valori permise: {allowed}.',
    en: 'Value not allowed; allowed values: {allowed}.',
  },
  'text.blank': {
    severity: 'error',
    category: 'text',
    ro: 'Textul este gol sau conține doar spații.',
    en: 'The text is empty or only spaces.',
  },
  'text.too_long': {
    severity: 'error',
    category: 'text',
    ro: 'Textul are {length} caractere; maximul este {max}.',
    en: 'The text has {length} characters; the maximum is {max}.',
  },
  'list.too_long': {
    severity: 'error',
    category: 'structure',
    ro: 'Lista are prea multe elemente; maximul este {max}.',
    en: 'The list has too many items; the maximum is {max}.',
  },
  'year.invalid': {
    severity: 'error',
    category: 'date',
    ro: 'Anul „{value}” nu este valid: se așteaptă un an întreg între {min} și {max}.',
    en: 'The year "{value}" is not valid: expected a whole year between {min} and {max}.',
  },
  'date.invalid': {
    severity: 'error',
    category: 'date',
    ro: 'Data „{value}” nu este o zi calendaristică în formatul AAAA-LL-ZZ.',
    en: 'The date "{value}" is not a calendar day in the YYYY-MM-DD format.',
  },
  'amount.invalid': {
    severity: 'error',
    category: 'amount',
    ro: '„{value}” nu este o sumă: se așteaptă o sumă zecimală ca „158838” sau „36669.50”, ori „Nu este cazul”, „-” sau o celulă goală.',
    en: '"{value}" is not an amount: expected a decimal amount such as "158838" or "36669.50", or "Nu este cazul", "-" or an empty cell.',
  },
  'amount.not_exact': {
    severity: 'error',
    category: 'amount',
    ro: 'Numărul {value} nu poate fi citit exact ca sumă în lei și bani; scrieți suma ca text zecimal (ex. „36669.50”).',
    en: 'The number {value} cannot be read exactly as an amount in lei and bani; write the amount as a decimal string (e.g. "36669.50").',
  },
  'amount.too_many_decimals': {
    severity: 'error',
    category: 'amount',
    ro: 'Suma „{value}” are mai mult de două zecimale.',
    en: 'The amount "{value}" has more than two decimals.',
  },
  'amount.negative': {
    severity: 'error',
    category: 'amount',
    ro: 'Suma „{value}” este negativă; un buget estimat nu poate fi negativ.',
    en: 'The amount "{value}" is negative; an estimated budget cannot be negative.',
  },
  'amount.out_of_range': {
    severity: 'error',
    category: 'amount',
    ro: 'Suma „{value}” depășește maximul acceptat ({max}).',
    en: 'The amount "{value}" exceeds the accepted maximum ({max}).',
  },
  'amount.percentage': {
    severity: 'error',
    category: 'amount',
    ro: '„{raw}” este un procent, nu o sumă de bani.',
    en: '"{raw}" is a percentage, not an amount of money.',
  },
  'amount.count': {
    severity: 'error',
    category: 'amount',
    ro: '„{raw}” este un număr de {word}, nu o sumă de bani.',
    en: '"{raw}" is a number of {word}, not an amount of money.',
  },
  'amount.no_number': {
    severity: 'error',
    category: 'amount',
    ro: '„{raw}” nu conține nicio sumă.',
    en: '"{raw}" contains no amount.',
  },
  'amount.several_numbers': {
    severity: 'error',
    category: 'amount',
    ro: '„{raw}” conține mai multe numere ({numbers}); nu se poate spune care este suma (un calcul scris se verifică cu checkWrittenCalculation).',
    en: '"{raw}" holds several numbers ({numbers}); which one is the amount cannot be told (a written calculation is checked with checkWrittenCalculation).',
  },
  'amount.ambiguous_separator': {
    severity: 'error',
    category: 'amount',
    ro: 'În „{raw}”, „{separator}” poate separa miile ({asThousands}) sau zecimalele ({asDecimals}); precizați unitatea (lei) sau separatorul zecimal.',
    en: 'In "{raw}", "{separator}" may separate thousands ({asThousands}) or decimals ({asDecimals}); state the unit (lei) or the decimal separator.',
  },
  'amount.leading_zero': {
    severity: 'error',
    category: 'amount',
    ro: '„{raw}” începe cu un zero în fața altor cifre; nu este o sumă scrisă corect.',
    en: '"{raw}" starts with a zero before other digits; it is not a well-written amount.',
  },
  'amount.bad_grouping': {
    severity: 'error',
    category: 'amount',
    ro: 'În „{raw}” grupele de cifre nu sunt de câte trei, iar separatorii nu se pot citi ca mii și zecimale.',
    en: 'In "{raw}" the digit groups are not groups of three, and the separators cannot be read as thousands and decimals.',
  },
  'amount.comma_thousands': {
    severity: 'info',
    category: 'amount',
    ro: 'În „{raw}” virgula a fost citită ca separator de mii ({value}): o sumă în {unit} are cel mult două zecimale.',
    en: 'In "{raw}" the comma was read as a thousands separator ({value}): an amount in {unit} has at most two decimals.',
  },
  'amount.repeated_separator': {
    severity: 'warning',
    category: 'amount',
    ro: 'În „{raw}” același semn „{separator}” separă și miile, și zecimalele; s-a citit {value}.',
    en: 'In "{raw}" the same sign "{separator}" separates both thousands and decimals; read as {value}.',
  },
  'amount.stray_space': {
    severity: 'warning',
    category: 'amount',
    ro: 'În „{raw}” un spațiu rătăcit desparte cifrele; s-a citit {value}.',
    en: 'In "{raw}" a stray space splits the digits; read as {value}.',
  },
  'allocation.invalid_weight': {
    severity: 'error',
    category: 'amount',
    ro: 'Ponderea „{value}” nu este un număr zecimal pozitiv sau zero.',
    en: 'The weight "{value}" is not a non-negative decimal number.',
  },
  'allocation.zero_weights': {
    severity: 'error',
    category: 'amount',
    ro: 'Ponderile nu pot fi toate zero (sau lipsă): suma nu are cum fi împărțită.',
    en: 'The weights cannot all be zero (or missing): the amount cannot be split.',
  },
  'allocation.total_precision': {
    severity: 'error',
    category: 'amount',
    ro: 'Totalul {value} are mai multe zecimale decât precizia cerută ({decimals}); rotunjiți-l mai întâi.',
    en: 'The total {value} has more decimals than the requested precision ({decimals}); round it first.',
  },
  'estimate.invalid_parameter': {
    severity: 'error',
    category: 'input',
    ro: 'Parametrul „{name}” are valoarea „{value}”, care nu este {expected}.',
    en: 'The parameter "{name}" is "{value}", which is not {expected}.',
  },
  'estimate.missing_parameter': {
    severity: 'error',
    category: 'input',
    ro: 'Pentru un standard {per} lipsește parametrul „{name}”.',
    en: 'A rate {per} needs the parameter "{name}".',
  },
  'estimate.negative_after_deduction': {
    severity: 'error',
    category: 'amount',
    ro: 'Standardul de {rate} lei/an minus alocația de plasament pe an ({deduction} lei) este negativ.',
    en: 'The standard of {rate} lei/year minus the yearly placement allowance ({deduction} lei) is negative.',
    legalReference: 'HG 426/2020, art. 2 alin. (3)',
  },
  'estimate.deduction_not_applicable': {
    severity: 'error',
    category: 'input',
    ro: 'Alocația de plasament se scade doar dintr-un standard anual pe beneficiar, nu dintr-unul {per}.',
    en: 'The placement allowance is deducted only from a yearly standard per beneficiary, not from a rate {per}.',
    legalReference: 'HG 426/2020, art. 2 alin. (3)',
  },
  'estimate.unverified_standard': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Standardul „{key}” ({value} lei) nu este verificat într-o sursă oficială: {note}',
    en: 'The standard "{key}" ({value} lei) is not verified against an official source: {note}',
  },
  'estimate.rounded': {
    severity: 'info',
    category: 'amount',
    ro: 'Totalul exact {exact} a fost rotunjit la {value} ({decimals} zecimale, mod {mode}).',
    en: 'The exact total {exact} was rounded to {value} ({decimals} decimals, mode {mode}).',
  },
  'cost_standard.superseded': {
    severity: 'info',
    category: 'consistency',
    ro: 'Standardul „{key}” la {date} nu este cunoscut: valoarea din {act} a fost înlocuită de {by} de la {from}, iar valoarea nouă nu este cunoscută.',
    en: 'The standard "{key}" on {date} is not known: the value of {act} was replaced by {by} from {from}, and the new value is not known.',
  },
  'cost_standard.unverified_only': {
    severity: 'info',
    category: 'consistency',
    ro: 'Standardul „{key}” la {date} este cunoscut doar dintr-o sursă neverificată; cereți-l explicit (includeUnverified).',
    en: 'The standard "{key}" on {date} is known only from an unverified source; ask for it explicitly (includeUnverified).',
  },
  'cost_standard.undated_only': {
    severity: 'info',
    category: 'consistency',
    ro: 'Valorile cunoscute ale standardului „{key}” nu au act sau dată de aplicare, deci niciuna nu se poate spune că se aplică la {date}.',
    en: 'The known values of the standard "{key}" have no act or start date, so none can be said to apply on {date}.',
  },
  'cost_standard.before_first_value': {
    severity: 'info',
    category: 'consistency',
    ro: 'Standardul „{key}” nu este cunoscut la {date}: prima valoare cunoscută se aplică de la {from}.',
    en: 'The standard "{key}" is not known on {date}: the first known value applies from {from}.',
  },
  'cost_standard.unknown_key': {
    severity: 'info',
    category: 'consistency',
    ro: 'Tabelul de standarde de cost nu are nicio valoare pentru „{key}”.',
    en: 'The cost-standard table has no value for "{key}".',
  },
  'cost_standard.invalid_date': {
    severity: 'error',
    category: 'date',
    ro: 'Data „{date}” nu este o zi calendaristică în formatul AAAA-LL-ZZ.',
    en: 'The date "{date}" is not a calendar day in the YYYY-MM-DD format.',
  },
  'cost_standard.duplicate': {
    severity: 'error',
    category: 'consistency',
    ro: 'Standardul „{key}” are două valori care se aplică de la aceeași dată ({date}); prima este la {first}.',
    en: 'The standard "{key}" has two values applying from the same day ({date}); the first is at {first}.',
  },
  'cost_standard.unknown_act': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Actul „{act}” nu este în lista de acte a tabelului; nu se știe ce valori înlocuiește sau de cine este înlocuit.',
    en: 'The act "{act}" is not in the table\'s list of acts; what it replaces, or what replaces it, is not known.',
  },
  'budget.calculation_wrong': {
    severity: 'warning',
    category: 'amount',
    ro: 'Calculul scris „{text}” dă {expected}, nu {found} cât scrie (diferență {difference}).',
    en: 'The written calculation "{text}" gives {expected}, not the stated {found} (difference {difference}).',
  },
  'budget.calculation_not_in_budget': {
    severity: 'warning',
    category: 'amount',
    ro: 'Rezultatul calculului „{text}” ({found}) nu apare în buget: nicio sursă nu are această sumă, iar totalul este {expected} (diferență {difference}).',
    en: 'The result of the calculation "{text}" ({found}) is not in the budget: no source has this amount, and the total is {expected} (difference {difference}).',
  },
  'budget.calculation_unreadable': {
    severity: 'info',
    category: 'amount',
    ro: 'Calculul „{text}” nu a putut fi verificat (motiv: {reason}; vezi ghidul „Estimating a service budget”).',
    en: 'The calculation "{text}" could not be checked (reason: {reason}; see the guide "Estimating a service budget").',
  },
  'budget.below_standard': {
    severity: 'warning',
    category: 'amount',
    ro: 'Bugetul de {found} lei este sub minimul dat de standardul de cost: {beneficiaries} beneficiari × {standard} lei/an = {expected} lei ({reference}); lipsesc {difference} lei.',
    en: 'The budget of {found} lei is below the minimum given by the cost standard: {beneficiaries} beneficiaries × {standard} lei/year = {expected} lei ({reference}); {difference} lei short.',
  },
  'budget.beneficiaries_mismatch': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Suma „{raw}” este pentru {count} beneficiari, dar capacitatea serviciului este {capacity}.',
    en: 'The amount "{raw}" is for {count} beneficiaries, but the capacity of the service is {capacity}.',
  },
  'budget.unknown_source': {
    severity: 'error',
    category: 'structure',
    ro: 'Sursă de finanțare necunoscută „{key}”; surse permise: {allowed}.',
    en: 'Unknown funding source "{key}"; allowed sources: {allowed}.',
    legalReference: 'Ordinul MMJS 1086/2018, cap. I',
  },
  'count.invalid': {
    severity: 'error',
    category: 'count',
    ro: '„{value}” nu este un număr întreg de persoane, locuri sau cereri.',
    en: '"{value}" is not a whole number of persons, places or requests.',
  },
  'count.negative': {
    severity: 'error',
    category: 'count',
    ro: 'Numărul {value} este negativ.',
    en: 'The number {value} is negative.',
  },
  'count.not_integer': {
    severity: 'error',
    category: 'count',
    ro: 'Numărul {value} nu este întreg.',
    en: 'The number {value} is not a whole number.',
  },
  'capacity.unparsed': {
    severity: 'warning',
    category: 'count',
    ro: 'Capacitatea „{value}” nu conține niciun număr; textul a fost păstrat așa cum a fost scris.',
    en: 'The capacity "{value}" contains no number; the text was kept as written.',
  },
  'percent.invalid': {
    severity: 'error',
    category: 'count',
    ro: '„{value}” nu este un procent (ex. „100%”, „75,2%”).',
    en: '"{value}" is not a percentage (e.g. "100%", "75,2%").',
  },
  'occupancy.over_100': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Gradul de ocupare {value}% depășește 100%.',
    en: 'The occupancy rate {value}% is above 100%.',
  },
  'staff.unparsed': {
    severity: 'info',
    category: 'text',
    ro: 'Resursele umane „{value}” nu au putut fi împărțite pe funcții; textul a fost păstrat.',
    en: 'The staff text "{value}" could not be split into roles; the text was kept.',
  },
  'section.empty': {
    severity: 'info',
    category: 'consistency',
    ro: 'Secțiunea {section} apare în document, dar nu conține niciun rând.',
    en: 'Section {section} appears in the document but has no rows.',
    legalReference: 'Ordinul MMJS 1086/2018',
  },
  'section.rows_when_not_applicable': {
    severity: 'error',
    category: 'consistency',
    ro: 'Secțiunea este marcată „{status}”, dar conține {rows} rânduri.',
    en: 'The section is marked "{status}" but has {rows} rows.',
  },
  'service.name_missing': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Rândul nu are denumirea serviciului social.',
    en: 'The row has no social-service name.',
    legalReference: 'Ordinul MMJS 1086/2018, cap. I',
  },
  'service.code_missing': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Serviciul „{name}” nu are cod din Nomenclatorul serviciilor sociale.',
    en: 'The service "{name}" has no code from the social-service nomenclature.',
    legalReference: 'HG 867/2015; Ordinul MMJS 1086/2018, cap. I',
  },
  'budget.empty': {
    severity: 'info',
    category: 'amount',
    ro: 'Serviciul „{name}” nu are nicio sumă pe sursele de finanțare.',
    en: 'The service "{name}" has no amount under any funding source.',
  },
  'budget.other_source_undescribed': {
    severity: 'info',
    category: 'amount',
    ro: 'Suma din „Alte surse” nu spune ce sursă este (ex. PNRR, donații, sponsorizare).',
    en: 'The "other sources" amount does not say which source it is (e.g. PNRR, donations, sponsorship).',
  },
  'service_code.empty': {
    severity: 'error',
    category: 'code',
    ro: 'Codul serviciului social este gol.',
    en: 'The social-service code is empty.',
  },
  'service_code.too_long': {
    severity: 'error',
    category: 'code',
    ro: 'Textul are {length} caractere: prea lung pentru un cod de serviciu social (maximum {max}).',
    en: 'The text has {length} characters: too long for a social-service code (maximum {max}).',
  },
  'service_code.cpv': {
    severity: 'error',
    category: 'code',
    ro: '„{value}” este un cod CPV (achiziții publice), nu un cod din Nomenclatorul serviciilor sociale.',
    en: '"{value}" is a CPV procurement code, not a code of the social-service nomenclature.',
  },
  'service_code.no_caen': {
    severity: 'error',
    category: 'code',
    ro: '„{value}” nu începe cu o clasă CAEN de patru cifre (ex. „8891 CZ-C-II”).',
    en: '"{value}" does not start with a four-digit CAEN class (e.g. "8891 CZ-C-II").',
    legalReference: 'HG 867/2015',
  },
  'service_code.unknown_type': {
    severity: 'error',
    category: 'code',
    ro: '„{value}”: tipul de serviciu „{type}” nu există în nomenclator (tipuri: {allowed}).',
    en: '"{value}": the service type "{type}" is not in the nomenclature (types: {allowed}).',
    legalReference: 'HG 867/2015',
  },
  'service_code.invalid': {
    severity: 'error',
    category: 'code',
    ro: '„{value}” nu este un cod de serviciu social: {reason}.',
    en: '"{value}" is not a social-service code: {reason}.',
    legalReference: 'HG 867/2015',
  },
  'service_code.ambiguous': {
    severity: 'error',
    category: 'code',
    ro: '„{value}” se poate citi în mai multe feluri ({readings}), iar nomenclatorul nu alege între ele.',
    en: '"{value}" can be read in several ways ({readings}) and the nomenclature does not decide between them.',
    legalReference: 'HG 867/2015',
  },
  'service_code.unreadable': {
    severity: 'warning',
    category: 'code',
    ro: 'Codul „{value}” nu a putut fi citit ca un cod din nomenclator ({cause}); textul a fost păstrat.',
    en: 'The code "{value}" could not be read as a nomenclature code ({cause}); the text was kept.',
    legalReference: 'HG 867/2015',
  },
  'service_code.unknown': {
    severity: 'warning',
    category: 'code',
    ro: 'Codul {code} nu se găsește în nomenclatorul folosit ({edition}); lista este incompletă, verificați codul.',
    en: 'The code {code} is not in the nomenclature used ({edition}); the list is partial, check the code.',
    legalReference: 'HG 867/2015',
  },
  'service_code.not_in_force': {
    severity: 'warning',
    category: 'code',
    ro: 'Codul {code} nu era în vigoare la {asOf} ({edition}).',
    en: 'The code {code} was not in force on {asOf} ({edition}).',
    legalReference: 'HG 867/2015',
  },
  'total.mismatch': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Totalul tipărit {found} nu este egal cu suma rândurilor {expected} (diferență {difference}).',
    en: 'The printed total {found} does not equal the sum of the rows {expected} (difference {difference}).',
  },
  'decision.kind_mismatch': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Un plan al autorității „{authority}” se aprobă prin {expected}, nu prin {found}.',
    en: 'A plan of a "{authority}" authority is approved by {expected}, not by {found}.',
    legalReference: 'Legea 292/2011, art. 112 și 118',
  },
  'decision.date_outside_plan_year': {
    severity: 'warning',
    category: 'date',
    ro: 'Hotărârea din {date} nu cade în anul planului ({year}) sau în anul dinainte.',
    en: 'The decision of {date} falls neither in the plan year ({year}) nor in the year before.',
  },
  'budget_code.malformed': {
    severity: 'error',
    category: 'code',
    ro: 'Codul bugetar „{code}” nu are forma unui cod din clasificație: fiecare segment are două cifre, despărțite prin puncte („68.02.05.02”, „10.01.01”); „{segment}” nu are.',
    en: 'The budget code "{code}" is not shaped like a classification code: each segment has two digits, separated by dots ("68.02.05.02", "10.01.01"); "{segment}" does not.',
  },
  'budget_code.unknown': {
    severity: 'error',
    category: 'code',
    ro: 'Codul „{code}” nu există în clasificația bugetară folosită (ediția {edition}).',
    en: 'The code "{code}" is not in the budget classification in use ({edition} edition).',
  },
  'budget_code.other_chapter': {
    severity: 'warning',
    category: 'code',
    ro: 'Codul funcțional „{code}” este în capitolul {chapter} ({chapterName}), nu în capitolul 68 „Asigurări și asistență socială”.',
    en: 'The functional code "{code}" is in chapter {chapter} ({chapterName}), not in chapter 68 "Asigurări și asistență socială" (social insurance and assistance).',
  },
  'budget_code.not_economic': {
    severity: 'error',
    category: 'code',
    ro: 'Codul „{code}” este un cod funcțional; un rând de tabel bugetar are un cod din clasificația economică.',
    en: 'The code "{code}" is a functional code; a row of a budget table has a code of the economic classification.',
  },
  'budget_code.label_mismatch': {
    severity: 'warning',
    category: 'text',
    ro: 'Denumirea tipărită lângă codul {code}, „{printed}”, nu este denumirea oficială „{official}”.',
    en: 'The label printed beside code {code}, "{printed}", is not the official name "{official}".',
  },
  'budget_classification.duplicate': {
    severity: 'error',
    category: 'structure',
    ro: 'Codul {code} apare de două ori în clasificație (prima dată la {first}).',
    en: 'The code {code} appears twice in the classification (first at {first}).',
  },
  'budget_classification.unknown_reference': {
    severity: 'error',
    category: 'structure',
    ro: 'Poziția {code} trimite la „{reference}”, care nu există în clasificație.',
    en: 'The position {code} refers to "{reference}", which is not in the classification.',
  },
  'budget_table.quarters_mismatch': {
    severity: 'error',
    category: 'consistency',
    ro: 'Rândul {rowCode} (rândul {line} al tabelului): trimestrele însumează {expected}, dar totalul anual tipărit este {found} (diferență {difference}).',
    en: 'Row {rowCode} (line {line} of the table): the quarters add up to {expected}, but the printed annual total is {found} (difference {difference}).',
  },
  'budget_table.months_mismatch': {
    severity: 'error',
    category: 'consistency',
    ro: 'Rândul {rowCode} (rândul {line} al tabelului), {columnLabel}: lunile însumează {expected}, dar trimestrul tipărit este {found} (diferență {difference}).',
    en: 'Row {rowCode} (line {line} of the table), {columnLabel}: the months add up to {expected}, but the printed quarter is {found} (difference {difference}).',
  },
  'budget_table.months_count': {
    severity: 'error',
    category: 'structure',
    ro: 'Detalierea lunară are {count} valori; trebuie să aibă 12 (ianuarie–decembrie).',
    en: 'The monthly detail has {count} values; it must have 12 (January to December).',
  },
  'budget_table.children_mismatch': {
    severity: 'error',
    category: 'consistency',
    ro: 'Rândul {rowCode} (rândul {line} al tabelului), {columnLabel}: rândurile subordonate însumează {expected}, dar rândul arată {found} (diferență {difference}).',
    en: 'Row {rowCode} (line {line} of the table), {columnLabel}: the rows under it add up to {expected}, but it shows {found} (difference {difference}).',
  },
  'budget_table.child_exceeds_parent': {
    severity: 'error',
    category: 'consistency',
    ro: 'Rândul {rowCode} (rândul {line} al tabelului), {columnLabel}: {found} este mai mult decât {expected}, valoarea rândului părinte {parentCode}.',
    en: 'Row {rowCode} (line {line} of the table), {columnLabel}: {found} is more than {expected}, the value of its parent row {parentCode}.',
  },
  'budget_table.duplicate_code': {
    severity: 'error',
    category: 'consistency',
    ro: 'Codul {rowCode} apare din nou la rândul {line} al tabelului (prima dată la rândul {firstLine}).',
    en: 'The code {rowCode} appears again at line {line} of the table (first at line {firstLine}).',
  },
  'budget_table.wrong_parent': {
    severity: 'warning',
    category: 'structure',
    ro: 'Rândul {rowCode} (rândul {line} al tabelului) este tipărit sub {placedUnder}, dar aparține de {belongsUnder}.',
    en: 'Row {rowCode} (line {line} of the table) is printed under {placedUnder} but belongs under {belongsUnder}.',
  },
  'budget_table.out_of_order': {
    severity: 'warning',
    category: 'structure',
    ro: 'Rândul {rowCode} (rândul {line} al tabelului) vine după {after}; în clasificație este înainte.',
    en: 'Row {rowCode} (line {line} of the table) comes after {after}; the classification puts it before.',
  },
  'budget_table.before_parent': {
    severity: 'warning',
    category: 'structure',
    ro: 'Rândul {rowCode} (rândul {line} al tabelului) este tipărit înaintea rândului părinte {parentCode} (rândul {parentLine}).',
    en: 'Row {rowCode} (line {line} of the table) is printed before its parent row {parentCode} (line {parentLine}).',
  },
  'budget_table.unit_suspect': {
    severity: 'warning',
    category: 'amount',
    ro: 'Tabelul este în „{unit}”, dar sumele par a fi în lei: toate sunt multipli întregi de 100, iar cea mai mare, {found} (rândul {line} al tabelului, codul {rowCode}), ar însemna {asLei} lei. Citită în lei, este {expected} mii lei.',
    en: 'The table is headed "{unit}" but its amounts look like lei: all are whole multiples of 100, and the largest, {found} (line {line} of the table, code {rowCode}), would mean {asLei} lei. Read as lei, it is {expected} mii lei.',
  },
  'budget_table.negative_amount': {
    severity: 'error',
    category: 'amount',
    ro: 'Rândul {rowCode} (rândul {line} al tabelului), {columnLabel}: suma {found} este negativă; doar titlul 85 (plăți din anii precedenți recuperate) poate fi negativ.',
    en: 'Row {rowCode} (line {line} of the table), {columnLabel}: the amount {found} is negative; only title 85 (payments of earlier years recovered) may be negative.',
  },
  'budget_table.row_without_code': {
    severity: 'warning',
    category: 'code',
    ro: 'Rândul {line} al tabelului („{label}”) are sume, dar nu are cod, iar denumirea nu este a unei singure poziții din clasificație; rândul nu intră în verificarea sumelor.',
    en: 'Line {line} of the table ("{label}") has amounts but no code, and its label is not the name of a single classification position; it is left out of the sum checks.',
  },
  'budget_table.cell_missing': {
    severity: 'warning',
    category: 'amount',
    ro: 'Rândul {rowCode} (rândul {line} al tabelului) nu are valoare în coloana {columnLabel}; verificările care au nevoie de ea sunt omise.',
    en: 'Row {rowCode} (line {line} of the table) has no value in column {columnLabel}; the checks that need it are skipped.',
  },
  'budget_table.leaf_has_children': {
    severity: 'error',
    category: 'structure',
    ro: 'Rândul {rowCode} este părintele rândului {childCode}; dați doar rândurile de cel mai jos nivel, părinții se calculează.',
    en: 'The row {rowCode} is the parent of row {childCode}; pass only the lowest rows, the parents are derived.',
  },
  'budget_table.quarters_missing': {
    severity: 'error',
    category: 'amount',
    ro: 'Rândul {rowCode} (rândul {line} al tabelului) nu are toate cele patru trimestre (sau cele 12 luni); fără ele tabelul nu se poate construi.',
    en: 'Row {rowCode} (line {line} of the table) lacks some of the four quarters (or the 12 months); the table cannot be built without them.',
  },
  'budget_table.unit_missing': {
    severity: 'warning',
    category: 'amount',
    ro: 'Tabelul {table} nu își tipărește unitatea; este luat în {assumed}.',
    en: 'Table {table} prints no unit; it is taken as {assumed}.',
  },
  'budget_table.functional_code_missing': {
    severity: 'warning',
    category: 'code',
    ro: 'Tabelul {table} („{title}”) nu are cod funcțional; nu intră în totalurile pe coduri funcționale.',
    en: 'Table {table} ("{title}") has no functional code; it is left out of the totals by functional code.',
  },
  'budget_table.services_exceed_budget': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Serviciile finanțate din {functionalCode} însumează {expected} lei în capitolul I, mai mult decât cei {found} lei din tabelul bugetar (diferență {difference}).',
    en: 'The services financed from {functionalCode} add up to {expected} lei in chapter I, more than the {found} lei of its budget table (difference {difference}).',
  },
  'budget_table.no_table_for_code': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Serviciul „{name}” este finanțat din {functionalCode}, dar capitolul bugetar nu are tabel pentru acest cod.',
    en: 'The service "{name}" is financed from {functionalCode}, but the budget chapter has no table for that code.',
  },
  'budget_table.invalid_months': {
    severity: 'error',
    category: 'count',
    ro: 'Lunile de funcționare sunt numere întregi de la 1 la 12, fiecare o dată; „{value}” nu este.',
    en: 'Months of operation are whole numbers from 1 to 12, each once; "{value}" is not.',
  },
  'deadline.unparsed': {
    severity: 'warning',
    category: 'date',
    ro: 'Termenul „{value}” nu a putut fi citit; textul este păstrat așa cum este scris.',
    en: 'The deadline "{value}" could not be read; the text is kept as written.',
  },
  'deadline.misspelt': {
    severity: 'warning',
    category: 'date',
    ro: 'Termenul „{value}” conține o lună scrisă greșit; a fost citită ca „{expected}”.',
    en: 'The deadline "{value}" has a misspelt month; it was read as "{expected}".',
  },
  'status.free_text': {
    severity: 'info',
    category: 'text',
    ro: 'Rezultatul nu numește un stadiu (realizat, parțial realizat, nerealizat): este păstrat ca dovadă, fără stadiu.',
    en: 'The result names no status (done, partly done, not done): it is kept as evidence, without a status.',
  },
  'status.misspelt': {
    severity: 'warning',
    category: 'text',
    ro: '„{found}” a fost citit ca „{status}”.',
    en: '"{found}" was read as "{status}".',
  },
  'status.conflicting': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Anul {year} are două stadii: „{first}” și „{second}”; se păstrează primul.',
    en: 'The year {year} has two statuses: "{first}" and "{second}"; the first is kept.',
  },
  'monitoring.unknown_action': {
    severity: 'error',
    category: 'consistency',
    ro: 'Acțiunea „{action}” nu există în plan.',
    en: 'The action "{action}" is not in the plan.',
  },
  'monitoring.duplicate_record': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Acțiunea „{action}” are mai multe stadii pentru perioada {period}; se folosește ultimul.',
    en: 'The action "{action}" has several statuses for the period {period}; the last one is used.',
  },
  'monitoring.period_outside': {
    severity: 'warning',
    category: 'consistency',
    ro: 'Perioada {period} a acțiunii „{action}” nu este una dintre perioadele raportului ({periods}); nu este numărată.',
    en: 'The period {period} of the action "{action}" is not one of the report\'s periods ({periods}); it is not counted.',
  },
  'monitoring.published_mismatch': {
    severity: 'warning',
    category: 'consistency',
    ro: '{node}: „{column}” publicat este {published}, iar din acțiuni rezultă {computed} (diferență {difference}).',
    en: '{node}: the published "{column}" is {published}, the actions give {computed} (difference {difference}).',
  },
  'monitoring.published_parts_mismatch': {
    severity: 'warning',
    category: 'consistency',
    ro: '{node}: totalul publicat {total} nu este suma coloanelor publicate ({sum}).',
    en: '{node}: the published total {total} is not the sum of the published columns ({sum}).',
  },
  'monitoring.published_children_mismatch': {
    severity: 'warning',
    category: 'consistency',
    ro: '{node}: „{column}” publicat este {published}, iar suma celor publicate pentru nivelurile de sub el este {sum}.',
    en: '{node}: the published "{column}" is {published}, while the counts published below it add up to {sum}.',
  },
  'monitoring.unknown_node': {
    severity: 'error',
    category: 'consistency',
    ro: 'Nivelul „{node}” nu există în arborele planului.',
    en: 'The level "{node}" is not in the plan\'s tree.',
  },
} as const satisfies Record<string, IssueRule>;
