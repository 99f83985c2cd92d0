import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryDraft, type DraftStore } from '../lib/device-drafts.ts';
import { useDeviceDraft } from './use-device-draft.ts';

type Form = { line: string; postalCode: string };
const fresh = (): Form => ({ line: '', postalCode: '' });

describe('a form draft kept on the device', () => {
  it('restores what the store holds, saves each change and clears it', async () => {
    const store = memoryDraft<Form>();
    await store.save({ line: '3 quai de la Douane', postalCode: '' });
    const { result } = renderHook(() => useDeviceDraft(store, fresh));
    expect(result.current.draft).toBeUndefined();
    await waitFor(() => {
      expect(result.current.draft?.line).toBe('3 quai de la Douane');
    });
    act(() => {
      result.current.update({ postalCode: '29200' });
    });
    expect(await store.load()).toEqual({ line: '3 quai de la Douane', postalCode: '29200' });
    act(() => {
      // Two changes in one event: the second builds on the first.
      result.current.update((d) => ({ line: `${d.line} bis` }));
      result.current.update((d) => ({ line: `${d.line}, 2e étage` }));
    });
    expect(result.current.draft?.line).toBe('3 quai de la Douane bis, 2e étage');
    act(() => {
      result.current.clear();
    });
    expect(result.current.draft).toEqual(fresh());
    expect(await store.load()).toBeUndefined();
  });

  it('starts afresh when the storage cannot be read', async () => {
    const broken: DraftStore<Form> = {
      load: () => Promise.reject(new Error('quota')),
      save: () => Promise.reject(new Error('quota')),
      clear: () => Promise.resolve(),
    };
    const { result } = renderHook(() => useDeviceDraft(broken, fresh));
    await waitFor(() => {
      expect(result.current.draft).toEqual(fresh());
    });
    act(() => {
      result.current.update({ line: 'x' });
    });
    expect(result.current.draft?.line).toBe('x');
  });
});
