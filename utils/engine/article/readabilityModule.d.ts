// Types of @mozilla/readability's class file, imported alone (see readability.ts): the package's own types, on its index.
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
