/** samples/seed-tables.json (from which the sample workbooks are built) holds exactly the facts of the seed document. */
import * as fs from 'fs';
import { parseSeedText } from '../../helpers/seed-text';
import { SEED_TEXT, seedFacts, sharedIt } from '../../helpers/samples';

describe('seed facts', () => {
  sharedIt(SEED_TEXT, 'seed document comparison')('match the seed document word for word', () => {
    const fromText = parseSeedText(fs.readFileSync(SEED_TEXT, 'utf8'));
    const committed = seedFacts();
    expect(committed.projects).toEqual(fromText.projects);
    expect(committed.department).toEqual(fromText.department);
  });

  it('hold 13 tables of six indicators each', () => {
    const facts = seedFacts();
    expect(facts.projects).toHaveLength(13);
    for (const project of facts.projects) expect(project.indicators).toHaveLength(6);
  });
});
