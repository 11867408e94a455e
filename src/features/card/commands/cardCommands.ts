/** The card, requirements and settings screens run the editor's document store: every command is in the model's table. */
export { createDocumentStore as createCardStore, type EditorCommand as CardCommand, type EditorDocumentStore as CardStore } from '../../../store/documentStore';
