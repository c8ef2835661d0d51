import { getAgreement, serializeAgreement } from '../../../core/agreements';
import { testPane } from '../../../../tests/support/pane';

const file = (name: string, text: string) => ({ name, text: () => Promise.resolve(text) });

describe('the Överenskommelse workflow', () => {
  it('opens an agreement file, adds it to the list and selects it', async () => {
    const builtin = getAgreement('okad-tillganglighet-2023');
    if (!builtin.ok) throw new Error('catalog');
    const json = serializeAgreement({ ...builtin.value, id: 'min-overenskommelse-2024', title: 'Min överenskommelse' });
    const { c } = testPane();
    await c.openAgreementFile(file('min.json', json));
    expect(c.state.agreement?.id).toBe('min-overenskommelse-2024');
    expect(c.state.agreements.at(-1)?.id).toBe('min-overenskommelse-2024');
    expect(c.state.lines.map((l) => l.visit.line.id)).toEqual(['block-2-utveckling']);
    expect(c.state.notices).toEqual([{ kind: 'success', text: 'Öppnade min.json.' }]);
  });

  it('says which file is not an agreement and why, and keeps the one selected', async () => {
    const { c } = testPane();
    await c.openAgreementFile(file('fel.json', '{"schemaVersion": 1}'));
    expect(c.state.agreement?.id).toBe('sammanhallen-vard-2023');
    expect(c.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(/^Filen fel\.json är ingen giltig överenskommelse\./) }]);
  });

  it('shows an error when the file cannot be read', async () => {
    const { c } = testPane();
    await expect(c.openAgreementFile({ name: 'borta.json', text: () => Promise.reject(new Error('NotReadableError')) })).resolves.toBeUndefined();
    expect(c.state.notices).toEqual([{ kind: 'error', text: expect.stringContaining('NotReadableError') }]);
  });

  it('loads what the open screen shows for a newly chosen agreement', async () => {
    const { c } = testPane();
    await c.go('deadlines');
    const first = c.state.deadlines;
    await c.selectAgreement('okad-tillganglighet-2023');
    expect(c.state.deadlines).not.toBe(first);
    expect(c.state.lineId).toBe('block-2-utveckling');
  });
});
