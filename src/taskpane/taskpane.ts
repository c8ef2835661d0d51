/* A placeholder task pane: the real one is built separately. It only says that the add-in runs. */
Office.onReady(() => {
  const status = document.getElementById('status');
  if (status) status.textContent = 'Bidragskollen är igång. Funktionerna finns under BIDRAG.';
}).catch(() => undefined);

export {};
