import type { ResultIndicator } from '../generated/resolvers-types.js';
import { breakDown, reportFigures, type GrainFigures } from './indicators.js';
import { withheldFigures } from './results.service.js';
import { suppressSmallCells, type AdditiveTable } from './suppression.js';

/**
 * The attacker: everything shown, and every table's equation (total = sum of cells). Gaussian elimination over the
 * withheld figures finds every one that a combination of equations determines (subtraction from totals, and any
 * chain of subtractions across tables). Returns the withheld keys it recovers, with their values.
 */
function recoverBySubtraction(values: ReadonlyMap<string, number>, tables: readonly AdditiveTable[], withheld: ReadonlySet<string>) {
  const unknowns = [...withheld];
  const rows: number[][] = tables.map((table) => {
    // sum(totals) - sum(cells) = 0, with the shown figures moved to the right-hand side.
    const row = new Array<number>(unknowns.length + 1).fill(0);
    const add = (key: string, sign: number) => {
      const index = unknowns.indexOf(key);
      if (index >= 0) row[index]! += sign;
      else row[unknowns.length]! -= sign * values.get(key)!;
    };
    table.totals.forEach((key) => add(key, 1));
    table.cells.forEach((key) => add(key, -1));
    return row;
  });
  let pivotRow = 0;
  for (let column = 0; column < unknowns.length && pivotRow < rows.length; column++) {
    const found = rows.findIndex((row, index) => index >= pivotRow && Math.abs(row[column]!) > 1e-9);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    const scale = pivot[column]!;
    for (let k = 0; k < pivot.length; k++) pivot[k]! /= scale;
    rows.forEach((row, index) => {
      if (index === pivotRow) return;
      const factor = row[column]!;
      if (factor !== 0) for (let k = 0; k < row.length; k++) row[k]! -= factor * pivot[k]!;
    });
    pivotRow += 1;
  }
  const recovered = new Map<string, number>();
  for (const row of rows) {
    const nonZero = unknowns.map((_key, index) => index).filter((index) => Math.abs(row[index]!) > 1e-9);
    if (nonZero.length === 1) recovered.set(unknowns[nonZero[0]!]!, Math.round(row[unknowns.length]! / row[nonZero[0]!]!));
  }
  return recovered;
}

/** People by sex and by corner, the corners within their provinces: the shape of one indicator of a report. */
function report(cells: Record<string, number>) {
  const values = new Map(Object.entries(cells));
  const keys = (prefix: string) => [...values.keys()].filter((key) => key.startsWith(prefix));
  const tables: AdditiveTable[] = [
    { totals: ['TOTAL'], cells: keys('SEX:') },
    { totals: ['TOTAL'], cells: keys('CORNER:') },
    { totals: ['TOTAL'], cells: keys('PROVINCE:') },
    { totals: ['PROVINCE:TO'], cells: ['CORNER:aurora', 'CORNER:sansalvario'] },
    { totals: ['PROVINCE:BA'], cells: ['CORNER:bari'] },
    { totals: ['PROVINCE:RM'], cells: ['CORNER:roma'] },
  ];
  return { values, tables };
}

describe('small-cell suppression', () => {
  it('withholds counts below the threshold and keeps zeros and larger counts', () => {
    const { values, tables } = report({
      TOTAL: 60,
      'SEX:FEMALE': 30,
      'SEX:MALE': 30,
      'CORNER:aurora': 20,
      'CORNER:sansalvario': 10,
      'CORNER:bari': 30,
      'CORNER:roma': 0,
      'PROVINCE:TO': 30,
      'PROVINCE:BA': 30,
      'PROVINCE:RM': 0,
    });
    expect(suppressSmallCells(values, tables, 5)).toEqual(new Set());
  });

  it('adds complementary cells so that no withheld cell is recovered by subtraction, across tables', () => {
    const { values, tables } = report({
      TOTAL: 41,
      'SEX:FEMALE': 3, // primary
      'SEX:MALE': 37,
      'SEX:NOT_RECORDED': 1, // primary
      'CORNER:aurora': 2, // primary
      'CORNER:sansalvario': 9,
      'CORNER:bari': 26,
      'CORNER:roma': 4, // primary
      'PROVINCE:TO': 11,
      'PROVINCE:BA': 26,
      'PROVINCE:RM': 4, // primary
    });
    const withheld = suppressSmallCells(values, tables, 5);
    expect([...withheld].filter((key) => values.get(key)! < 5 && values.get(key)! > 0).sort()).toEqual(
      ['CORNER:aurora', 'CORNER:roma', 'PROVINCE:RM', 'SEX:FEMALE', 'SEX:NOT_RECORDED'].sort(),
    );
    // Without the complementary cells, subtraction gives the small cells away...
    const primaryOnly = new Set(['CORNER:aurora', 'CORNER:roma', 'PROVINCE:RM', 'SEX:FEMALE', 'SEX:NOT_RECORDED']);
    expect(recoverBySubtraction(values, tables, primaryOnly).get('CORNER:aurora')).toBe(2);
    // ...with them, it recovers none of the withheld cells.
    expect(recoverBySubtraction(values, tables, withheld)).toEqual(new Map());
    // The complement of Roma's province among the provinces: the smallest other one, Torino.
    expect(withheld.has('PROVINCE:TO')).toBe(true);
  });

  it('withholds every non-zero cell when the total itself is small, and the total is not recovered from them', () => {
    const { values, tables } = report({
      TOTAL: 3,
      'SEX:FEMALE': 3,
      'SEX:MALE': 0,
      'CORNER:aurora': 3,
      'CORNER:sansalvario': 0,
      'CORNER:bari': 0,
      'CORNER:roma': 0,
      'PROVINCE:TO': 3,
      'PROVINCE:BA': 0,
      'PROVINCE:RM': 0,
    });
    const withheld = suppressSmallCells(values, tables, 5);
    expect(withheld.has('TOTAL')).toBe(true);
    expect(recoverBySubtraction(values, tables, withheld)).toEqual(new Map());
  });

  it('finds no leak on many random reports', () => {
    let seed = 7;
    const random = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % max;
    };
    for (let round = 0; round < 300; round++) {
      const aurora = random(12);
      const sansalvario = random(12);
      const bari = random(9);
      const roma = random(7);
      const total = aurora + sansalvario + bari + roma;
      const female = random(total + 1);
      const notRecorded = random(total - female + 1);
      const { values, tables } = report({
        TOTAL: total,
        'SEX:FEMALE': female,
        'SEX:MALE': total - female - notRecorded,
        'SEX:NOT_RECORDED': notRecorded,
        'CORNER:aurora': aurora,
        'CORNER:sansalvario': sansalvario,
        'CORNER:bari': bari,
        'CORNER:roma': roma,
        'PROVINCE:TO': aurora + sansalvario,
        'PROVINCE:BA': bari,
        'PROVINCE:RM': roma,
      });
      const withheld = suppressSmallCells(values, tables, 5);
      for (const [key, value] of values) if (value > 0 && value < 5) expect(withheld.has(key)).toBe(true);
      expect(recoverBySubtraction(values, tables, withheld)).toEqual(new Map());
    }
  });
});

describe("the report's own suppression, over every breakdown", () => {
  const CORNERS: [string, string][] = [
    ['aurora', 'TO'],
    ['sansalvario', 'TO'],
    ['bari', 'BA'],
    ['roma', 'RM'],
  ];
  const AREAS = ['WORK', 'LANGUAGE', 'HOUSING'];
  const PROGRAMMES = ['IMPACT', 'PRIMA', 'PIANI_LINGUA'];

  /** The figures of one person enrolled in the period, with 0 to 2 services delivered in it (a grain of its own). */
  function personOf(random: (max: number) => number): GrainFigures {
    const [corner, province] = CORNERS[random(CORNERS.length)]!;
    const deliveries: Record<string, [number, number]> = {};
    for (let count = random(3); count > 0; count--) {
      const key = `${AREAS[random(AREAS.length)]!}|${PROGRAMMES[random(PROGRAMMES.length)]!}`;
      const pair = (deliveries[key] ??= [0, 0]);
      pair[0] += 1;
      pair[1] += 1;
    }
    return {
      grain: {
        INTEGRA_CORNER: corner,
        PROVINCE: province,
        SEX: ['FEMALE', 'MALE', 'NOT_RECORDED'][random(3)]!,
        AGE_BAND: ['FROM_30_TO_54', 'FROM_18_TO_29', 'FROM_55'][random(3)]!,
        CITIZENSHIP: ['AF', 'SY', 'NG', 'UA'][random(4)]!,
        PROTECTION_STATUS: random(2) === 0 ? 'REFUGEE' : 'SUBSIDIARY_PROTECTION',
        VULNERABILITY: random(4) === 0 ? 'VULNERABLE' : 'NONE_RECORDED',
      },
      counts: { REACHED: [1, 1], REFERRED: [1, 1], ELIGIBLE: [1, 1], ENROLLED: [1, 1] },
      daysToPlan: [[], []],
      medians: {},
      deliveries,
      referrals: [0, 0, 0, 0],
    };
  }

  it('lets no withheld cell be recovered by subtraction, in the vulnerability, area and programme breakdowns too', () => {
    let seed = 11;
    const random = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % max;
    };
    let withheldSeen = 0;
    for (let round = 0; round < 150; round++) {
      const grains = Array.from({ length: 3 + random(40) }, () => personOf(random));
      for (const indicator of ['ENROLLED', 'SERVICES_DELIVERED'] as ResultIndicator[]) {
        const figures = breakDown(indicator, grains);
        const withheld = withheldFigures(indicator, figures, reportFigures(grains).provinces).period;
        const values = new Map(figures.map((figure) => [`${figure.dimension}:${figure.key}`, figure.period.value!]));
        // What the attacker knows: every breakdown adds up to the total, each province to its corners.
        const tables: AdditiveTable[] = [];
        for (const dimension of new Set(figures.map((figure) => figure.dimension))) {
          if (dimension === 'TOTAL') continue;
          tables.push({
            totals: ['TOTAL:TOTAL'],
            cells: figures.filter((f) => f.dimension === dimension).map((f) => `${f.dimension}:${f.key}`),
          });
        }
        for (const province of ['TO', 'BA', 'RM']) {
          const corners = CORNERS.filter(([, of]) => of === province).map(([corner]) => `INTEGRA_CORNER:${corner}`);
          if (values.has(`PROVINCE:${province}`))
            tables.push({ totals: [`PROVINCE:${province}`], cells: corners.filter((key) => values.has(key)) });
        }
        if (indicator === 'SERVICES_DELIVERED')
          expect(figures.some((figure) => figure.dimension === 'PROGRAMME')).toBe(values.get('TOTAL:TOTAL')! > 0);
        for (const [key, value] of values) if (value > 0 && value < 5) expect([key, withheld.has(key)]).toEqual([key, true]);
        expect(recoverBySubtraction(values, tables, withheld)).toEqual(new Map());
        withheldSeen += withheld.size;
      }
    }
    expect(withheldSeen).toBeGreaterThan(100);
  });
});
