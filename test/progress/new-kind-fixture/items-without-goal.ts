/**
 * The `items` kind module with one member left out (`goal`): test/progress/new-kind.test.ts puts
 * it in the table of kinds in place of the real one and reads what the compiler says.
 */
export {
  schema,
  issues,
  observation,
  oneScope,
  itemIds,
  measure,
  figures,
  keysToMeet,
} from '../../../src/model/target-kinds/items.js';
