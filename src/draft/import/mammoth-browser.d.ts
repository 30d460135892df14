/** mammoth's browser build: the same API as the package's main module, bundled for a page. */
declare module 'mammoth/mammoth.browser.js' {
  import mammoth from 'mammoth';
  export default mammoth;
}
