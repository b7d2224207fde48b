#ifndef CUNZHAN_CNCURSESW_SHIM_H
#define CUNZHAN_CNCURSESW_SHIM_H

/* Wide-character API (get_wch, setcchar, add_wch): must be defined before the header. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 refuses mutable C globals and cannot see function-like macros: small functions instead. */
static inline WINDOW *cz_stdscr(void) { return stdscr; }
static inline int cz_lines(void) { return LINES; }
static inline int cz_cols(void) { return COLS; }
static inline void cz_set_escdelay(int ms) { set_escdelay(ms); }
static inline int cz_colors(void) { return COLORS; }
static inline int cz_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int cz_key_resize(void) { return KEY_RESIZE; }
static inline int cz_key_mouse(void) { return KEY_MOUSE; }
static inline int cz_key_f(int n) { return KEY_F(n); }
static inline int cz_wcwidth(wchar_t c) { return wcwidth(c); }
static inline attr_t cz_a_bold(void) { return A_BOLD; }
static inline attr_t cz_a_reverse(void) { return A_REVERSE; }
static inline attr_t cz_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cz_a_normal(void) { return A_NORMAL; }

#endif
