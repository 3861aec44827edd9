/** Exit codes with a meaning for the supervisor: a child that exits with EXIT_CONFIG is not restarted. */
export const EXIT_CONFIG = 78; // EX_CONFIG from sysexits.h: restarting cannot help.
