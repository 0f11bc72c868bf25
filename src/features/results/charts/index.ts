export { ResultCharts } from './result-charts';
