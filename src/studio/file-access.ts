// Files in and out of the studio: the File System Access API where the browser has it (open, then save
// back to the same file), an <input type=file> and a download everywhere else.

interface PickerWindow {
  showOpenFilePicker?: (o?: object) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (o?: object) => Promise<FileSystemFileHandle>;
}

const YAML_TYPES = [{ description: 'Scenario', accept: { 'text/yaml': ['.yaml', '.yml'], 'application/json': ['.json'] } }];

/** Tell whether the browser can save back to a file the trainer opened. */
export function canSaveBack(): boolean {
  return typeof (window as PickerWindow).showSaveFilePicker === 'function';
}

/** An opened file: its text, its name, and a handle to save back to when the browser gave one. */
export interface OpenedFile {
  text: string;
  name: string;
  handle: FileSystemFileHandle | null;
}

/** Ask for a scenario file through the browser's picker; null when cancelled or when there is no picker. */
export async function pickFile(): Promise<OpenedFile | null> {
  const w = window as PickerWindow;
  if (typeof w.showOpenFilePicker !== 'function') return null;
  try {
    const [handle] = await w.showOpenFilePicker({ types: YAML_TYPES, multiple: false });
    if (!handle) return null;
    const file = await handle.getFile();
    return { text: await file.text(), name: file.name, handle };
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') return null;
    throw err;
  }
}

/** Write text to a file handle, asking for permission again when the browser forgot it (after a reload). */
export async function writeHandle(handle: FileSystemFileHandle, text: string): Promise<void> {
  const h = handle as FileSystemFileHandle & { requestPermission?: (o: object) => Promise<PermissionState> };
  if (h.requestPermission && (await h.requestPermission({ mode: 'readwrite' })) !== 'granted') throw new Error('permission denied');
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
}

/** Ask where to save and write there; null when cancelled. */
export async function saveAs(text: string, suggestedName: string): Promise<FileSystemFileHandle | null> {
  const w = window as PickerWindow;
  if (typeof w.showSaveFilePicker !== 'function') return null;
  try {
    const handle = await w.showSaveFilePicker({ suggestedName, types: YAML_TYPES });
    await writeHandle(handle, text);
    return handle;
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') return null;
    throw err;
  }
}

/** Offer the text as a download. */
export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/yaml;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Read a file chosen in an <input type=file>. */
export async function readInputFile(input: HTMLInputElement): Promise<OpenedFile | null> {
  const file = input.files?.[0];
  input.value = '';
  return file ? { text: await file.text(), name: file.name, handle: null } : null;
}
