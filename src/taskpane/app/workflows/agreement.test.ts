import { getAgreement, serializeAgreement } from '../../../core/agreements';
import { testPane } from '../../../../tests/support/pane';
import { openAgreementFile, selectAgreement } from './agreement';
import { go } from './navigation';

const file = (name: string, text: string) => ({ name, text: () => Promise.resolve(text) });

describe('the Överenskommelse workflow', () => {
  it('opens an agreement file, adds it to the list and selects it', async () => {
    const builtin = getAgreement('okad-tillganglighet-2023');
    if (!builtin.ok) throw new Error('catalog');
    const json = serializeAgreement({ ...builtin.value, id: 'min-overenskommelse-2024', title: 'Min överenskommelse' });
    const { pane } = testPane();
    await openAgreementFile(pane, file('min.json', json));
    expect(pane.state.agreement?.id).toBe('min-overenskommelse-2024');
    expect(pane.state.agreements.at(-1)?.id).toBe('min-overenskommelse-2024');
    expect(pane.state.lines.map((l) => l.visit.line.id)).toEqual(['block-2-utveckling']);
    expect(pane.state.notices).toEqual([{ kind: 'success', text: 'Öppnade min.json.' }]);
  });

  it('says which file is not an agreement and why, and keeps the one selected', async () => {
    const { pane } = testPane();
    await openAgreementFile(pane, file('fel.json', '{"schemaVersion": 1}'));
    expect(pane.state.agreement?.id).toBe('sammanhallen-vard-2023');
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(/^Filen fel\.json är ingen giltig överenskommelse\./) }]);
  });

  it('shows an error when the file cannot be read', async () => {
    const { pane } = testPane();
    await expect(openAgreementFile(pane, { name: 'borta.json', text: () => Promise.reject(new Error('NotReadableError')) })).resolves.toBeUndefined();
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(/^Filen borta\.json kunde inte läsas\./) }]);
  });

  it('loads what the open screen shows for a newly chosen agreement', async () => {
    const { pane } = testPane();
    await go(pane, 'deadlines');
    const first = pane.state.deadlines;
    await selectAgreement(pane, 'okad-tillganglighet-2023');
    expect(pane.state.deadlines).not.toBe(first);
    expect(pane.state.lineId).toBe('block-2-utveckling');
  });
});
