/**
 * Rules of real municipal services (see /shared/domain/REAL-SERVICES.md),
 * written as officials would store them. Shared by the tests of evaluation,
 * description, builder model and lint; not part of the public API.
 */
import type { JsonLogicRule } from '../model/types';

const members: JsonLogicRule = { count: [{ var: 'nucleo' }] };

/** Pisa 2021, buoni spesa: ISEE corrente ≤ €16,500. */
export const PISA_REQUIREMENT: JsonLogicRule = {
  and: [{ '<=': [{ var: 'isee.value' }, 16500] }, { '>=': [members, 1] }],
};

/** Pisa 2021: 1 → €150, 2 → €300, 3 → €400, more → €400 + €50 per person beyond the third. */
export const PISA_AMOUNT: JsonLogicRule = {
  bracket: [
    members,
    [
      [1, 150],
      [2, 300],
      [3, 400],
    ],
    { '+': [400, { '*': [50, { '-': [members, 3] }] }] },
  ],
};

/** Savona 2020/2021: €150 + €50 per further member, at most €400. */
export const SAVONA_AMOUNT: JsonLogicRule = {
  min: [{ '+': [150, { '*': [50, { '-': [members, 1] }] }] }, 400],
};

/** Manfredonia 2019, mensa: fee per meal by ISEE; no ISEE or non-residents pay €4.50. */
export const MANFREDONIA_FEE: JsonLogicRule = {
  if: [
    { '!': [{ var: 'residente' }] },
    4.5,
    {
      bracket: [
        { var: 'isee.value' },
        [
          [6000, 2],
          [9360, 3.5],
          [15000, 4],
        ],
        4.5,
      ],
    },
  ],
};

const perParent = (field: string, table: Array<[string, number]>): JsonLogicRule => {
  const branches: JsonLogicRule[] = [];
  for (const [value, points] of table) branches.push({ '==': [{ var: `current.${field}` }, value] }, points);
  return { if: [...branches, 0] };
};

/**
 * Bologna, asilo nido: carico familiare + work, with per-parent criteria
 * (A3–A5 invalidity, work 20/10) summed over the `genitori` repeatable group.
 */
export const BOLOGNA_NURSERY_POINTS: JsonLogicRule = {
  '+': [
    { if: [{ var: 'solo_genitore' }, 15, 0] },
    {
      reduce: [
        { var: 'genitori' },
        {
          '+': [
            { var: 'accumulator' },
            perParent('invalidita', [
              ['100', 20],
              ['oltre_65', 15],
              ['da_33_a_65', 5],
            ]),
            perParent('lavoro', [
              ['stabile', 20],
              ['occasionale', 10],
            ]),
          ],
        },
        0,
      ],
    },
    { '*': [15, { count: [{ var: 'fratelli_disabili' }] }] },
    { '*': [4, { var: 'gemelli' }] },
  ],
};
