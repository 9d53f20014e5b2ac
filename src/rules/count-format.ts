import { lazy } from './lazy';

const countFormat = lazy(() => new Intl.NumberFormat('en-US'));

/** 1234567 as "1,234,567": how the findings' messages write a count. */
export function formatCount(count: number): string {
  return countFormat().format(count);
}
