export { VmEditor } from './vm-editor';
