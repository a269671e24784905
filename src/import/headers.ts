/**
 * Which column holds which field. Header texts of the usual HR exports
 * (钉钉, 企业微信, 飞书, hand-made 花名册) and English ones are recognised;
 * `--map column=field` names a column the table does not know (by header text or
 * column letter). The header row is the one, among a sheet's first rows, that
 * names the most fields, so a title row or a merged group header above it is skipped.
 */
import { UsageError } from '../core/errors.js';
import { didYouMean, suggest } from '../core/text/suggest.js';
import { ROSTER_FIELDS, type RosterField, type Sheet, columnLetter } from './types.js';

const SYNONYMS: Record<RosterField, string[]> = {
  name: ['姓名', '名字', '员工姓名', '人员姓名', '成员', 'name', 'fullname', 'employeename', 'person'],
  employeeId: [
    '工号',
    '员工编号',
    '员工工号',
    '人员编号',
    '编号',
    'userid',
    'employeeid',
    'employeeno',
    'empid',
    'staffid',
    'employeenumber',
  ],
  title: ['岗位', '职位', '职务', '岗位名称', '职位名称', 'title', 'jobtitle', 'position', 'role'],
  roleId: ['岗位编号', '岗位id', '岗位代码', 'roleid', 'positionid'],
  department: ['部门', '所属部门', '部门路径', '部门全称', '部门名称', '组织', 'department', 'dept', 'team', 'departmentpath'],
  manager: [
    '上级',
    '直属上级',
    '直接上级',
    '汇报对象',
    '汇报人',
    '上级姓名',
    '直属主管',
    '直属领导',
    'manager',
    'reportsto',
    'supervisor',
    'linemanager',
  ],
  headcount: ['编制', '编制人数', '编制数', '岗位编制', 'headcount', 'seats'],
  email: ['邮箱', '电子邮箱', '企业邮箱', '邮件', '工作邮箱', 'email', 'mail', 'emailaddress'],
  location: ['地点', '工作地点', '办公地点', '城市', '工作城市', 'location', 'office', 'city', 'site'],
};

const BY_HEADER = new Map<string, RosterField>();
for (const field of ROSTER_FIELDS) for (const s of SYNONYMS[field]) BY_HEADER.set(s, field);
for (const field of ROSTER_FIELDS) BY_HEADER.set(field.toLowerCase(), field);

/** A field as people read it in a message: `department (部门)`. */
export function fieldLabel(field: RosterField): string {
  return `${field} (${SYNONYMS[field][0]!})`;
}

/** A column header the table does not know that is one typo from one it does (`Departmnt`, `部们`): the field and that header. */
export function misspeltHeader(text: string): { field: RosterField; header: string } | undefined {
  const key = headerKey(text);
  if (key === '' || BY_HEADER.has(key)) return undefined;
  const header = suggest(key, BY_HEADER);
  return header === undefined ? undefined : { field: BY_HEADER.get(header)!, header };
}

/** How a header is compared: case, spaces, punctuation and a trailing "(必填)" or "*" do not matter. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[(（][^)）]*[)）]/gu, '')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** `--map` values parsed: column (header text or letter) → field. */
export interface ColumnMap {
  byHeader: Map<string, RosterField>;
  byLetter: Map<string, RosterField>;
}

export function parseColumnMap(specs: string[]): ColumnMap {
  const map: ColumnMap = { byHeader: new Map(), byLetter: new Map() };
  for (const spec of specs) {
    const eq = spec.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--map '${spec}': write column=field, e.g. --map 汇报给=manager`);
    const column = spec.slice(0, eq).trim();
    const field = fieldNamed(spec.slice(eq + 1).trim(), spec);
    if (/^[A-Z]{1,3}$/.test(column)) map.byLetter.set(column, field);
    else map.byHeader.set(headerKey(column), field);
  }
  return map;
}

function fieldNamed(text: string, spec: string): RosterField {
  const direct = ROSTER_FIELDS.find((f) => f.toLowerCase() === text.toLowerCase());
  if (direct) return direct;
  const viaHeader = BY_HEADER.get(headerKey(text));
  if (viaHeader) return viaHeader;
  throw new UsageError(
    `--map '${spec}': unknown field '${text}'${didYouMean(text, [...ROSTER_FIELDS])}; the fields are ${ROSTER_FIELDS.join(', ')}`,
  );
}

export interface HeaderMatch {
  /** Index of the header row in sheet.rows. */
  index: number;
  /** Column index → field (the first column of each field wins). */
  fields: Map<number, RosterField>;
}

const HEADER_SEARCH_ROWS = 10;

/** The header row of a sheet, or undefined when none names a name or title column and one more field. */
export function findHeader(sheet: Sheet, columnMap: ColumnMap): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const fields = fieldsOf(sheet.rows[i]!.cells, columnMap);
    const named = new Set(fields.values());
    if (!named.has('name') && !named.has('title')) continue;
    if (named.size < 2) continue;
    // Later rows win ties: under a merged group header ("基本信息" over 姓名/工号) the lower row is the real one.
    if (!best || named.size >= new Set(best.fields.values()).size) best = { index: i, fields };
  }
  return best;
}

function fieldsOf(cells: string[], columnMap: ColumnMap): Map<number, RosterField> {
  const fields = new Map<number, RosterField>();
  const taken = new Set<RosterField>();
  const put = (col: number, field: RosterField | undefined) => {
    if (field === undefined || taken.has(field) || fields.has(col)) return;
    fields.set(col, field);
    taken.add(field);
  };
  // --map first (it overrides the table), then letters, then recognised headers, left to right.
  cells.forEach((cell, col) => {
    put(col, columnMap.byHeader.get(headerKey(cell)));
  });
  for (const [letter, field] of columnMap.byLetter) {
    const col = cells.findIndex((_, i) => columnLetter(i) === letter);
    put(col >= 0 ? col : letterIndex(letter), field);
  }
  cells.forEach((cell, col) => {
    put(col, BY_HEADER.get(headerKey(cell)));
  });
  return fields;
}

function letterIndex(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
