#ifndef CUNZHAN_CNCURSESW_SHIM_H
#define CUNZHAN_CNCURSESW_SHIM_H

/* Wide-character API (get_wch, setcchar, add_wch): must be defined before the header. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift 6 refuses mutable C globals and cannot see function-like macros: small functions instead. */
static inline WINDOW *cz_stdscr(void) { return stdscr; }
static inline int cz_lines(void) { return LINES; }
static inline int cz_cols(void) { return COLS; }
static inline void cz_set_escdelay(int ms) { set_escdelay(ms); }
static inline int cz_colors(void) { return COLORS; }
static inline int cz_color_pairs(void) { return COLOR_PAIRS; }
static inline int cz_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int cz_key_resize(void) { return KEY_RESIZE; }
static inline int cz_key_mouse(void) { return KEY_MOUSE; }
static inline int cz_key_f(int n) { return KEY_F(n); }
static inline int cz_wcwidth(wchar_t c) { return wcwidth(c); }
static inline attr_t cz_a_bold(void) { return A_BOLD; }
static inline attr_t cz_a_reverse(void) { return A_REVERSE; }
static inline attr_t cz_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cz_a_normal(void) { return A_NORMAL; }
static inline attr_t cz_a_dim(void) { return A_DIM; }
static inline mmask_t cz_button_pressed(int button) {
    switch (button) {
    case 1: return BUTTON1_PRESSED | BUTTON1_CLICKED;
    case 2: return BUTTON2_PRESSED | BUTTON2_CLICKED;
    case 3: return BUTTON3_PRESSED | BUTTON3_CLICKED;
    default: return 0;
    }
}
/* True when terminal type `name` has a terminfo entry with cursor addressing, which a full-screen program needs
   (ncurses itself accepts `dumb`, which has none). */
static inline int cz_terminal_type_usable(const char *name, int fd) {
    int error = 0;
    if (setupterm(name, fd, &error) != OK) return 0;
    const char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (const char *)-1;
    del_curterm(cur_term);
    return usable;
}
static inline const char *cz_codeset(void) { return nl_langinfo(CODESET); }

/*
 * Terminal restore on SIGTERM, SIGHUP, SIGINT and SIGQUIT.
 *
 * endwin() is not async-signal-safe, so the handler only puts back the termios settings saved before ncurses
 * started (tcsetattr and write are async-signal-safe), leaves the alternate screen, turns mouse reporting off,
 * shows the cursor, and then dies of the same signal so the parent sees the real cause.
 */
typedef struct {
    struct termios settings;
    volatile sig_atomic_t terminal_fd;
    volatile sig_atomic_t output_fd;
} cz_restore_state;

/* The one saved state (a function-local static: Swift does not emit a header's file-scope statics). */
static inline cz_restore_state *cz_saved_state(void) {
    static cz_restore_state state = { .terminal_fd = -1, .output_fd = -1 };
    return &state;
}

static inline void cz_restore_and_reraise(int sig) {
    cz_restore_state *state = cz_saved_state();
    if (state->terminal_fd >= 0) {
        static const char reset[] = "\033[?1000l\033[?1006l\033[0m\033[?1049l\033[?25h\r\n";
        tcsetattr((int)state->terminal_fd, TCSANOW, &state->settings);
        ssize_t ignored = write((int)state->output_fd, reset, sizeof reset - 1);
        (void)ignored;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Saves the settings of terminal `fd`, remembers where output goes and installs the handlers; 0 on success. */
static inline int cz_install_restore_handlers(int fd, int output_fd) {
    cz_restore_state *state = cz_saved_state();
    if (tcgetattr(fd, &state->settings) != 0) return -1;
    state->output_fd = output_fd;
    state->terminal_fd = fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cz_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    int signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT };
    sigset_t unblocked;
    sigemptyset(&unblocked);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        sigaction(signals[i], &action, NULL);
        sigaddset(&unblocked, signals[i]);
    }
    /* A parent may hand down a mask that blocks them (thread pools do); ncurses needs SIGWINCH for KEY_RESIZE. */
    sigaddset(&unblocked, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &unblocked, NULL);
    return 0;
}

/* Puts the default handlers back once the terminal has been restored the normal way. */
static inline void cz_remove_restore_handlers(void) {
    int signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], SIG_DFL);
    cz_saved_state()->terminal_fd = -1;
}

#endif
