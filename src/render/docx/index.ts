export { renderPlanDocx } from './renderPlanDocx.js';
