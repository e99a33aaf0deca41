// Owns what a PDF letter needs loaded: pdf-parse, and the pdf.js it pins with pdf.js's worker half (imported here, not by
// pdf.js's in-thread "fake worker" later, which finds it on globalThis). The build bundles this module alone into one
// script (pdf-libraries.bundle.cjs, scripts/bundle-child.mjs) that a parser process runs from V8's code cache; nothing
// in the parser imports it but external-modules.ts, so that text and HTML letters never load it.
import * as pdfParse from 'pdf-parse';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';

export { pdfjs, pdfParse };
