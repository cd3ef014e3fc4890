/** Officials across reports (issue 13): rows of person–title–date–report, posts, timelines, the table. */
export { reportDateOf, type ReportDate, type ReportDateSource } from './reportDate';
export { personTitleRows, type PersonTitleRow } from './rows';
export { postKey, samePost } from './posts';
export { filterPeople, plainPinyin, postsOverTime, sortPeople, summarizePeople, timelineOf, type PeopleOrder, type PersonSummary, type TimelineRow } from './people';
export { PEOPLE_TABLE_COLUMNS, peopleCsv, peopleJsonl, peopleTable, type PeopleTableFormat } from './table';
