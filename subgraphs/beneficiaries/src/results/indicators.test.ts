import fc from 'fast-check';
import { breakDown, type GrainFigures } from './indicators.js';

/** The median as a person computes it: sort, take the middle value, or the mean of the two middle values. */
function sortedMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const grainOf = (corner: string, days: number[]): GrainFigures => ({
  grain: {
    INTEGRA_CORNER: corner,
    PROVINCE: 'TO',
    SEX: 'FEMALE',
    AGE_BAND: 'FROM_18_TO_29',
    CITIZENSHIP: 'AF',
    PROTECTION_STATUS: 'REFUGEE',
    VULNERABILITY: 'NONE_RECORDED',
  },
  counts: {},
  daysToPlan: [days, days],
  medians: { ITALIAN_CEFR_STEPS_GAINED: [days.map((value) => value % 6), []] },
  deliveries: {},
  referrals: [0, 0, 0, 0],
});

describe('medians of a report', () => {
  it("are the sorted list's middle value, or the mean of its two middle values, over every grain of a cell", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('aurora', 'bari', 'roma'), fc.array(fc.integer({ min: -5, max: 400 }), { maxLength: 12 })), {
          maxLength: 8,
        }),
        (grains) => {
          const figures = grains.map(([corner, days]) => grainOf(corner, days));
          const plan = breakDown('DAYS_TO_AGREED_PAI', figures);
          const all = grains.flatMap(([, days]) => days);
          expect(plan[0]!.period).toEqual({ value: sortedMedian(all), base: all.length });
          for (const cell of plan.filter((figure) => figure.dimension === 'INTEGRA_CORNER')) {
            const ofCorner = grains.filter(([corner]) => corner === cell.key).flatMap(([, days]) => days);
            expect(cell.cumulative).toEqual({ value: sortedMedian(ofCorner), base: ofCorner.length });
          }
          const steps = breakDown('ITALIAN_CEFR_STEPS_GAINED', figures)[0]!;
          expect(steps.period.value).toBe(sortedMedian(all.map((value) => value % 6)));
          expect(steps.cumulative).toEqual({ value: null, base: 0 });
        },
      ),
      { numRuns: 300 },
    );
  });
});
