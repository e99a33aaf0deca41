// pdfjs-dist ships no types for its worker module; we only import it for its side effect
// (it registers globalThis.pdfjsWorker, which pdfjs's in-thread worker then uses).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
