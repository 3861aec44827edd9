/** The owner of every roadmap until accounts exist; created by the first migration. */
export const ANONYMOUS_USER_ID = '00000000-0000-4000-8000-000000000000';
