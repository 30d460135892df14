import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { parseArticle } from '../../src/model/parse.js';
import { QuestionSchema } from '../../src/model/schema.js';
import { mergeEntityChanges, paragraphsNaming, splitAliasChanges } from '../../studio/src/editors/entity-changes.js';
import { renameChanges } from '../../studio/src/editors/id-changes.js';
import { fieldChange } from '../../studio/src/editors/field-change.js';
import { suggestId } from '../../studio/src/editors/ids.js';
import { moved } from '../../studio/src/editors/list-changes.js';
import { nearestKnown, pathKey } from '../../studio/src/editors/paths.js';
import { acceptChanges, rejectChanges, summaryChanges } from '../../studio/src/editors/pending-changes.js';
import { quoteFromSelection } from '../../studio/src/editors/selection-quote.js';
import { QUESTION_TYPES, newQuestion, retypedQuestion } from '../../studio/src/editors/skeletons.js';
import { oneLine, paragraphReferences } from '../../studio/src/editors/summaries.js';
import { applyEdit, NO_PENDING, seedDocument } from './fixtures/editors/editor-harness.js';

type Obj = Record<string, unknown>;

/** Every empty text of a value filled in, as a person fills in a new item's fields. */
function filled(value: unknown): unknown {
  if (value === '') return 'Words';
  if (Array.isArray(value)) return value.map(filled);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, filled(inner)]));
  return value;
}

describe('the Studio forms’ logic', () => {
  it('suggests ids from names: valid, folded, unique in their list', () => {
    expect(suggestId('Kassym-Jomart Tokayev', [])).to.equal('kassym-jomart-tokayev');
    expect(suggestId('Tōkyō  Metro', [])).to.equal('tokyo-metro');
    expect(suggestId('2022 protests', [])).to.equal('item-2022-protests');
    expect(suggestId('Путин', [], 'person')).to.equal('putin');
    expect(suggestId('東京', [], 'place')).to.equal('place');
    expect(suggestId('CSTO', ['csto', 'csto-2'])).to.equal('csto-3');
    expect(suggestId('', ['item'])).to.equal('item-2');
  });

  it('moves an item of a list, leaving it as it is for a position out of range', () => {
    expect(moved(['a', 'b', 'c', 'd'], 0, 2)).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(moved(['a', 'b', 'c', 'd'], 3, 1)).to.deep.equal(['a', 'd', 'b', 'c']);
    expect(moved(['a', 'b'], 0, 2)).to.deep.equal(['a', 'b']);
    expect(moved(['a', 'b'], -1, 0)).to.deep.equal(['a', 'b']);
  });

  it('captures a selection exactly, only its outer spaces dropped', () => {
    const text = 'He said “a gradual\u00a0withdrawal” would begin — soon.';
    const start = text.indexOf('“') - 1;
    const end = text.indexOf('”') + 2;
    expect(quoteFromSelection(text, start, end)).to.equal('“a gradual\u00a0withdrawal”');
    expect(quoteFromSelection(text, end, start)).to.equal('“a gradual\u00a0withdrawal”');
    expect(quoteFromSelection(text, text.indexOf('—'), text.length)).to.equal('— soon.');
    expect(quoteFromSelection(text, 2, 3)).to.equal(undefined);
    expect(quoteFromSelection(text, 5, 5)).to.equal(undefined);
  });

  it('sets a field, makes the object that holds it, and removes an optional object emptied', () => {
    expect(fieldChange(['a', 'image'], undefined, 'src', 'x.png')).to.deep.equal([
      { path: ['a', 'image'], value: { src: 'x.png' } },
    ]);
    expect(fieldChange(['a', 'image'], undefined, 'src', undefined)).to.deep.equal([]);
    expect(fieldChange(['a', 'image'], { src: 'x' }, 'src', undefined, true)).to.deep.equal([
      { path: ['a', 'image'], value: undefined },
    ]);
    expect(fieldChange(['a', 'image'], { src: 'x', alt: 'y' }, 'src', undefined, true)).to.deep.equal([
      { path: ['a', 'image', 'src'], value: undefined },
    ]);
    expect(fieldChange(['a'], { title: 'x' }, 'title', '')).to.deep.equal([{ path: ['a', 'title'], value: '' }]);
  });

  it('finds the nearest path that has a field', () => {
    const known = new Set([pathKey(['article']), pathKey(['article', 'entities', 2])]);
    expect(nearestKnown(['article', 'entities', 2, 'related', 0], (key) => known.has(key))).to.deep.equal([
      'article',
      'entities',
      2,
    ]);
    expect(nearestKnown(['pending'], (key) => known.has(key))).to.equal(undefined);
  });

  it('accepts and rejects drafts by their ids', () => {
    const pending = { ...NO_PENDING, questions: ['q1', 'q2'] };
    expect(acceptChanges(pending, 'questions', 'q1')).to.deep.equal([
      { path: ['pending', 'questions'], value: ['q2'] },
    ]);
    const questions = [{ id: 'q0' }, { id: 'q1' }, { id: 'q2' }];
    expect(rejectChanges(pending, 'questions', questions, 1)).to.deep.equal([
      { path: ['article', 'quiz', 'questions'], value: [{ id: 'q0' }, { id: 'q2' }] },
      { path: ['pending', 'questions'], value: ['q2'] },
    ]);
    expect(summaryChanges(true)).to.deep.equal([{ path: ['pending', 'summary'], value: false }]);
  });

  it('makes a new question of every type that the model accepts once its texts are written', () => {
    for (const type of QUESTION_TYPES) {
      const result = v.safeParse(QuestionSchema, filled(newQuestion(type, 'new')));
      expect(result.success, type).to.equal(true);
    }
    expect(newQuestion('fill-blank', 'x').prompt).to.include('___');
  });

  it('changes the type of a question, keeping its prompt, evidence and choices where both types have them', () => {
    const single = {
      id: 'q',
      type: 'single',
      prompt: 'Who?',
      evidence: ['p1'],
      choices: [
        { id: 'x', text: 'X' },
        { id: 'y', text: 'Y' },
      ],
      answer: 'y',
    };
    const multiple = retypedQuestion(single, 'multiple');
    expect(multiple).to.deep.equal({
      id: 'q',
      type: 'multiple',
      prompt: 'Who?',
      evidence: ['p1'],
      choices: single.choices,
      answers: ['y'],
    });
    expect(retypedQuestion(multiple, 'single')).to.deep.include({ answer: 'y', choices: single.choices });
    const match = retypedQuestion(single, 'match');
    expect(match).to.deep.include({ id: 'q', type: 'match', prompt: 'Who?' });
    expect(match).not.to.have.property('choices');
    expect(v.safeParse(QuestionSchema, filled(match)).success).to.equal(true);
  });

  it('merges the seed’s Putin into the Kremlin into an article the model still accepts', async () => {
    const document = await seedDocument({ entities: ['putin'] });
    const entities = document.article.entities as Obj[];
    const from = entities.findIndex((entity) => entity.id === 'putin');
    const into = entities.findIndex((entity) => entity.id === 'kremlin');
    const changes = mergeEntityChanges(document.article, document.pending, from, into);
    const after = applyEdit(document, { label: 'merge', changes });
    const result = parseArticle(after.article);
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
    const kremlin = (after.article.entities as Obj[]).find((entity) => entity.id === 'kremlin')!;
    expect(kremlin.related).not.to.deep.include({ id: 'kremlin' });
    expect(mergeEntityChanges(document.article, document.pending, into, into)).to.deep.equal([]);
  });

  it('rewrites the speaker of the merged entity’s quotes', async () => {
    const document = await seedDocument();
    const entities = document.article.entities as Obj[];
    const from = entities.findIndex((entity) => entity.id === 'volodin');
    const into = entities.findIndex((entity) => entity.id === 'putin');
    const after = applyEdit(document, {
      label: 'merge',
      changes: mergeEntityChanges(document.article, document.pending, from, into),
    });
    const speakers = (after.article.quotes as Obj[]).map((quote) => quote.speaker);
    expect(speakers).not.to.include('volodin');
    expect(speakers.filter((speaker) => speaker === 'putin')).to.have.length(2);
    expect(parseArticle(after.article).ok).to.equal(true);
  });

  it('renames an id with its draft mark and, for an entity, its relations and quotes; never into a taken id', async () => {
    const document = await seedDocument({ entities: ['volodin'], questions: ['q'] });
    const changes = renameChanges(document.article, document.pending, 'entities', 'volodin', 'speaker-volodin');
    const after = applyEdit(document, { label: 'rename', changes });
    expect(after.pending.entities).to.deep.equal(['speaker-volodin']);
    const speakers = (after.article.quotes as Obj[]).map((quote) => quote.speaker);
    expect(speakers).not.to.include('volodin');
    expect(speakers).to.include('speaker-volodin');
    expect(renameChanges(document.article, document.pending, 'entities', 'volodin', 'putin')).to.deep.equal([]);
    expect(renameChanges(document.article, document.pending, 'entities', 'volodin', 'volodin')).to.deep.equal([]);
    expect(renameChanges(document.article, document.pending, 'questions', 'q', 'q2')).to.deep.equal([
      { path: ['pending', 'questions'], value: ['q2'] },
    ]);
    const related = renameChanges(document.article, document.pending, 'entities', 'nazarbayev', 'nursultan');
    const relatedAfter = applyEdit(document, { label: 'rename', changes: related });
    const relatedIds = (relatedAfter.article.entities as Obj[]).flatMap((entity) =>
      ((entity.related ?? []) as Obj[]).map((relation) => relation.id),
    );
    expect(relatedIds).not.to.include('nazarbayev');
    expect(relatedIds.filter((id) => id === 'nursultan')).to.have.length(2);
  });

  it('splits an alias off into an entity named by it, with the paragraphs that name it', async () => {
    const document = await seedDocument();
    expect(paragraphsNaming(document.article, 'csto')).to.include('p14');
    expect(paragraphsNaming(document.article, 'Toka')).to.deep.equal([]);
    const changes = splitAliasChanges(document.article, 0, 0);
    const after = (changes[0]!.value as Obj[])[1]!;
    expect(after).to.deep.include({ id: 'tokayev-2', name: 'Tokayev', kind: 'person', summary: '' });
    expect(splitAliasChanges(document.article, 0, 9)).to.deep.equal([]);
  });

  it('counts what points into each paragraph, and cuts summaries at a word', async () => {
    const { article } = await seedDocument();
    const counts = paragraphReferences(article);
    expect(counts.get('p10')).to.be.greaterThan(1);
    expect(counts.has('nowhere')).to.equal(false);
    expect(oneLine('one two three four', 12)).to.equal('one two…');
    expect(oneLine('  short\n text ')).to.equal('short text');
  });
});
