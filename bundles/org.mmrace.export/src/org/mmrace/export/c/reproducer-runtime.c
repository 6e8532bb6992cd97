/* ---- mmrace reproducer runtime (the same in every generated program) ----
 *
 * One iteration: the harness forks every declared process (a fresh mm each time), each maps and
 * fills its regions and starts its threads; the harness releases them at once; every thread
 * spins a small random delay before each operation (as Andrea Arcangeli's dma_thread.c does) so
 * that many iterations visit many interleavings. When every thread of every process has finished,
 * each live process writes what a load reads at the observed locations into a MAP_SHARED page and
 * checks its memory against a shadow of its sequential (logical) memory; the harness prints one
 * JSON line per iteration. Bounds: alarm() in every process, RLIMIT_AS, a deadline per iteration
 * in the harness; temporary files are unlinked as soon as they are open.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/io_uring.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define UNUSED __attribute__((unused))
#define PAGE 4096
#define SECTOR 512
#define EXIT_UNSUPPORTED 77
#define EXIT_TIMEOUT 3
#define EXIT_FAILED 4

enum { LOC_MEM, LOC_REG, LOC_FILE };

/* thp: the map's thp= option (issue 11); thp=partial-mremap is not reproduced (noted unsupported) */
enum { THP_NONE, THP_PMD, THP_PTE, THP_SINGLE_PTE, THP_PARTIAL_SHARED };
struct slot_def { int root; int pages; int shared; int ro; const char *fill; const char *name; int thp; };
struct loc_def { int kind; int proc; int slot; int page; int sector; int width; const char *name; };

/* @@TABLES@@ */

#ifndef MADV_PAGEOUT
#define MADV_PAGEOUT 21
#endif
#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE 25
#endif

struct shared {
    volatile int go;
    volatile int ready;
    volatile int event[NEVENT + 1];
    volatile int started[NPROC + 1];
    volatile int finished[NPROC + 1];
    volatile int exited[NPROC + 1];
    volatile int reported[NPROC + 1];
    volatile pid_t pid[NPROC + 1];
    char loc[NLOC + 1][16];
    char iso[NPROC + 1][200];
    char err[300];
    volatile int nothp;             /* a thp= region did not get a THP this run: the run is skipped */
};

static struct shared *sh;
static int fd_data = -1;            /* O_DIRECT: one 4 KiB block per symbol of syms[] */
static int fd_scratch = -1;         /* O_DIRECT: where dma_read writes through a pin */
static int fd_file[NFILE + 1];      /* O_DIRECT: the scenario's files (dio_write targets) */
static int iter_seconds = 10;
static long thp_size = 2L << 20;    /* /sys/kernel/mm/transparent_hugepage/hpage_pmd_size */
static unsigned delay_max = 2000;

/* per process (copied by fork, as the kernel copies the mm): regions, shadow of logical memory */
static char *base[NSLOT + 1];
static int mapped[NSLOT + 1];
static int unmapped_page[NSLOT + 1][MAXPAGES]; /* munmap REGION[N-M] of part of a region */
static unsigned char shadow[NSLOT + 1][MAXPAGES][8];
static unsigned char pend[NSLOT + 1][MAXPAGES][8];
static pthread_t tid[NTHREAD + 1];
static pid_t kids[NPROC + 1];
static int nkids;
static UNUSED int pipes[NPIPE + 1][2];
static int me = -1;

static void fail(const char *what) {
    snprintf(sh->err, sizeof sh->err, "%s: %s", what, strerror(errno));
}

static UNUSED unsigned char byte_of(char sym) {
    return sym == '.' ? 0 : (unsigned char)sym;
}

static UNUSED char sym_of(const unsigned char *p) {
    for (int i = 1; i < SECTOR; i++) {
        if (p[i] != p[0]) {
            return '?';
        }
    }
    return p[0] == 0 ? '.' : (p[0] < 128 && ((p[0] >= 'A' && p[0] <= 'Z') || (p[0] >= 'a' && p[0] <= 'z')
            || (p[0] >= '0' && p[0] <= '9'))) ? (char)p[0] : '?';
}

static char sym_byte(unsigned char b) {
    return b == 0 ? '.' : (b < 128 && ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')))
            ? (char)b : '?';
}

/*
 * A sector's value: its symbol, or, when its 512 bytes hold several symbols (a DMA that was still
 * writing when fork copied the page, say), the symbols present in ascending order joined by '+'
 * ("A+D"): a torn sector, finer than the model's sector granularity.
 */
static void sector_value(const unsigned char *p, char *out, size_t size) {
    int seen[256] = {0};
    for (int i = 0; i < SECTOR; i++) {
        seen[(unsigned char)sym_byte(p[i])] = 1;
    }
    size_t n = 0;
    for (int c = 0; c < 256 && n + 2 < size; c++) {
        if (seen[c]) {
            if (n > 0) {
                out[n++] = '+';
            }
            out[n++] = (char)c;
        }
    }
    out[n] = 0;
}

static UNUSED long sym_offset(char sym) {
    const char *at = strchr(syms, sym);
    return at == NULL ? 0 : (long)(at - syms) * PAGE;
}

static void spin(unsigned n) {
    for (volatile unsigned i = 0; i < n; i++) {
    }
}

static UNUSED void delay(unsigned *seed) {
    spin((unsigned)rand_r(seed) % (delay_max + 1));
}

static UNUSED void signal_event(int e) {
    __atomic_store_n(&sh->event[e], 1, __ATOMIC_SEQ_CST);
}

static UNUSED void wait_event(int e) {
    for (unsigned n = 0; !__atomic_load_n(&sh->event[e], __ATOMIC_SEQ_CST); n++) {
        if (n > 1000) {
            sched_yield();
        }
    }
}

static int is_mapped(int slot, int page) {
    return mapped[slot] && !unmapped_page[slot][page];
}

static UNUSED void mapped_pages(int slot, int first, int last) {
    for (int p = first; p <= last && p < MAXPAGES; p++) {
        unmapped_page[slot][p] = 1;
    }
}

static UNUSED char *at(int slot, int page, int sector) {
    return base[slot] + (long)page * PAGE + (long)sector * SECTOR;
}

/* sequential semantics: pend before the access, shadow after it (a fork between keeps both) */
static UNUSED void logical_begin(int slot, int page, int first, int last, char sym) {
    for (int s = first; s <= last; s++) {
        __atomic_store_n(&pend[slot][page][s], (unsigned char)sym, __ATOMIC_SEQ_CST);
    }
}

/*
 * fork() snapshots the pages of the parent one at a time while the other threads go on (the model
 * too copies per pte, at its own step): an access that ends during fork() may be in the child's
 * copy of the data but not in its copy of the shadow, or the other way round. While this process
 * forks, an ending access therefore keeps the old value as the alternative.
 */
static volatile int forking;

static UNUSED void logical_end(int slot, int page, int first, int last, char sym) {
    for (int s = first; s <= last; s++) {
        unsigned char old = __atomic_load_n(&shadow[slot][page][s], __ATOMIC_SEQ_CST);
        __atomic_store_n(&shadow[slot][page][s], (unsigned char)sym, __ATOMIC_SEQ_CST);
        __atomic_store_n(&pend[slot][page][s], __atomic_load_n(&forking, __ATOMIC_SEQ_CST) ? old : 0,
                __ATOMIC_SEQ_CST);
    }
}

static UNUSED void set_register(int loc, int index, char sym) {
    sh->loc[loc][index] = sym;
}

/* ---- Linux AIO (io_submit), raw system calls */
struct aio { aio_context_t ctx; struct iocb cb; int busy; };

static UNUSED int aio_start(struct aio *a, int write, int fd, void *buf, size_t len, long off) {
    memset(a, 0, sizeof *a);
    if (syscall(__NR_io_setup, 1, &a->ctx) < 0) {
        return -errno;
    }
    a->cb.aio_fildes = (unsigned)fd;
    a->cb.aio_lio_opcode = write ? IOCB_CMD_PWRITE : IOCB_CMD_PREAD;
    a->cb.aio_buf = (uint64_t)(uintptr_t)buf;
    a->cb.aio_nbytes = len;
    a->cb.aio_offset = off;
    struct iocb *cbs[1] = { &a->cb };
    if (syscall(__NR_io_submit, a->ctx, 1, cbs) != 1) {
        return -errno;
    }
    a->busy = 1;
    return 0;
}

static UNUSED long aio_finish(struct aio *a) {
    if (!a->busy) {
        return 0;
    }
    struct io_event ev;
    long n;
    do {
        n = syscall(__NR_io_getevents, a->ctx, 1, 1, &ev, NULL);
    } while (n < 0 && errno == EINTR);
    a->busy = 0;
    /* no io_destroy(): it waits for an RCU grace period (tens of ms); exit_aio() frees the context */
    return n == 1 ? (long)ev.res : -errno;
}

/* ---- io_uring fixed buffers (the pin), raw system calls */
struct ring {
    int fd;
    unsigned *sq_tail, *sq_mask, *sq_array, *cq_head, *cq_tail, *cq_mask;
    struct io_uring_sqe *sqes;
    struct io_uring_cqe *cqes;
    void *sq_ptr, *cq_ptr;
    size_t sq_len, cq_len, sqes_len;
    char *buf;
};

static UNUSED int ring_open(struct ring *r) {
    struct io_uring_params p;
    memset(&p, 0, sizeof p);
    memset(r, 0, sizeof *r);
    r->fd = (int)syscall(__NR_io_uring_setup, 4, &p);
    if (r->fd < 0) {
        return -errno;
    }
    r->sq_len = p.sq_off.array + p.sq_entries * sizeof(unsigned);
    r->cq_len = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
    r->sq_ptr = mmap(NULL, r->sq_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, r->fd, IORING_OFF_SQ_RING);
    r->cq_ptr = mmap(NULL, r->cq_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, r->fd, IORING_OFF_CQ_RING);
    r->sqes_len = p.sq_entries * sizeof(struct io_uring_sqe);
    r->sqes = mmap(NULL, r->sqes_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, r->fd, IORING_OFF_SQES);
    if (r->sq_ptr == MAP_FAILED || r->cq_ptr == MAP_FAILED || r->sqes == MAP_FAILED) {
        return -errno;
    }
    char *sq = r->sq_ptr, *cq = r->cq_ptr;
    r->sq_tail = (unsigned *)(sq + p.sq_off.tail);
    r->sq_mask = (unsigned *)(sq + p.sq_off.ring_mask);
    r->sq_array = (unsigned *)(sq + p.sq_off.array);
    r->cq_head = (unsigned *)(cq + p.cq_off.head);
    r->cq_tail = (unsigned *)(cq + p.cq_off.tail);
    r->cq_mask = (unsigned *)(cq + p.cq_off.ring_mask);
    r->cqes = (struct io_uring_cqe *)(cq + p.cq_off.cqes);
    return 0;
}

/* io_uring_register_buffers(): pin_user_pages(FOLL_WRITE | FOLL_LONGTERM) of the page */
static UNUSED int ring_pin(struct ring *r, char *page) {
    struct iovec iov = { page, PAGE };
    r->buf = page;
    return syscall(__NR_io_uring_register, r->fd, IORING_REGISTER_BUFFERS, &iov, 1) < 0 ? -errno : 0;
}

/* one READ_FIXED or WRITE_FIXED through buffer 0, waited for */
static UNUSED int ring_io(struct ring *r, int opcode, int fd, char *addr, unsigned len, long off) {
    unsigned tail = *r->sq_tail, idx = tail & *r->sq_mask;
    struct io_uring_sqe *s = &r->sqes[idx];
    memset(s, 0, sizeof *s);
    s->opcode = (unsigned char)opcode;
    s->fd = fd;
    s->addr = (uint64_t)(uintptr_t)addr;
    s->len = len;
    s->off = (uint64_t)off;
    s->buf_index = 0;
    r->sq_array[idx] = idx;
    __atomic_store_n(r->sq_tail, tail + 1, __ATOMIC_RELEASE);
    unsigned submit = 1;
    for (;;) {
        unsigned head = __atomic_load_n(r->cq_head, __ATOMIC_ACQUIRE);
        if (head != __atomic_load_n(r->cq_tail, __ATOMIC_ACQUIRE)) {
            int res = r->cqes[head & *r->cq_mask].res;
            __atomic_store_n(r->cq_head, head + 1, __ATOMIC_RELEASE);
            return res;
        }
        long n = syscall(__NR_io_uring_enter, r->fd, submit, 1, IORING_ENTER_GETEVENTS, NULL, 0);
        if (n < 0 && errno != EINTR) {
            return -errno;
        }
        if (n > 0) {
            submit = 0;
        }
    }
}

static UNUSED void ring_close(struct ring *r) {
    if (r->fd <= 0) {
        return;
    }
    syscall(__NR_io_uring_register, r->fd, IORING_UNREGISTER_BUFFERS, NULL, 0);
    munmap(r->sqes, r->sqes_len);
    munmap(r->cq_ptr, r->cq_len);
    munmap(r->sq_ptr, r->sq_len);
    close(r->fd);
    r->fd = 0;
}

/* ---- what the generated part defines */
static void setup_root(int p);
static void finish_io(int p);
static void print_conditions(void);

static int done(int p) {
    return sh->exited[p] || (sh->started[p] && sh->finished[p] == nthreads[p]);
}

static int all_done(void) {
    for (int p = 0; p <= NPROC; p++) {
        if (!done(p)) {
            return 0;
        }
    }
    return 1;
}

/* the final state of this process: what a load reads, and whether it is its logical memory */
static void report(int p) {
    char *iso = sh->iso[p];
    iso[0] = 0;
    for (int l = 0; l < NLOC; l++) {
        if (locs[l].kind != LOC_MEM || locs[l].proc != p) {
            continue;
        }
        int s = locs[l].slot, pg = locs[l].page, sc = locs[l].sector;
        if (!is_mapped(s, pg)) {
            sh->loc[l][0] = '!';
            continue;
        }
        sector_value((const unsigned char *)at(s, pg, sc), sh->loc[l], sizeof sh->loc[l]);
        char v = sh->loc[l][1] == 0 ? sh->loc[l][0] : '?';
        char want = (char)shadow[s][pg][sc], alt = (char)pend[s][pg][sc];
        int ok = 1;
        for (const char *c = sh->loc[l]; *c; c++) {
            /* a torn sector is fine when each of its symbols is a value the process may hold */
            ok &= *c == '+' || *c == want || (alt != 0 && *c == alt);
        }
        if (!ok && iso[0] == 0) {
            snprintf(iso, sizeof sh->iso[p], "%s = %c, but sequential semantics gives %c%s%c", locs[l].name, v, want,
                    alt ? " or " : "", alt ? alt : ' ');
        }
    }
    __atomic_store_n(&sh->reported[p], 1, __ATOMIC_SEQ_CST);
}

/* after this process's threads: wait for every process, report, reap the children, exit */
static void finish_process(int p) {
    for (int t = 0; t < NTHREAD; t++) {
        if (thread_proc[t] == p) {
            pthread_join(tid[t], NULL);
        }
    }
    finish_io(p);
    while (!all_done()) {
        usleep(20);
    }
    report(p);
    for (int i = 0; i < nkids; i++) {
        waitpid(kids[i], NULL, 0);
    }
    _exit(0);
}

static void thread_done(int p) {
    __atomic_add_fetch(&sh->finished[p], 1, __ATOMIC_SEQ_CST);
}

static UNUSED void do_exit(int p) {
    __atomic_store_n(&sh->exited[p], 1, __ATOMIC_SEQ_CST);
    _exit(0);
}

static void start_threads(int p) {
    for (int t = 0; t < NTHREAD; t++) {
        if (thread_proc[t] == p
                && pthread_create(&tid[t], NULL, thread_fn[t], (void *)(uintptr_t)((unsigned)rand() + (unsigned)t)) != 0) {
            fail("pthread_create");
        }
    }
}

/* fork(): the child runs its own program (threads declared for it) and never returns */
static UNUSED void do_fork(int child) {
    __atomic_add_fetch(&forking, 1, __ATOMIC_SEQ_CST);
    pid_t pid = fork();
    if (pid != 0) {
        __atomic_sub_fetch(&forking, 1, __ATOMIC_SEQ_CST);
    }
    if (pid < 0) {
        fail("fork");
        return;
    }
    if (pid == 0) {
        me = child;
        nkids = 0;
        forking = 0;
        alarm((unsigned)iter_seconds);
        sh->pid[child] = getpid();
        start_threads(child);
        finish_process(child);
    }
    sh->pid[child] = pid;
    __atomic_store_n(&sh->started[child], 1, __ATOMIC_SEQ_CST);
    kids[nkids++] = pid;
}

/* Is the page at addr present (bit 63 of its /proc/self/pagemap entry; readable without privilege)? */
static int page_present(const void *addr) {
    int fd = open("/proc/self/pagemap", O_RDONLY);
    uint64_t ent = 0;
    int ok = fd >= 0 && pread(fd, &ent, sizeof ent, (off_t)((uintptr_t)addr / PAGE * sizeof ent)) == (ssize_t)sizeof ent;
    if (fd >= 0) {
        close(fd);
    }
    return ok && (ent >> 63) != 0;
}

static void fill_slot(int s) {
    for (int pg = 0; pg < slots[s].pages; pg++) {
        for (int sc = 0; sc < 8; sc++) {
            memset(at(s, pg, sc), byte_of(slots[s].fill[sc]), SECTOR);
            shadow[s][pg][sc] = (unsigned char)slots[s].fill[sc];
            pend[s][pg][sc] = 0;
        }
    }
}

/*
 * A thp= region, set up as tools/testing/selftests/mm/cow.c do_run_with_thp() does: mmap twice the PMD
 * size, use the PMD-aligned half, MADV_HUGEPAGE, populate by writing the first byte and check that the
 * last subpage got populated with it (cow.c: "Try to populate a THP. Touch the first sub-page and test if
 * we get another sub-page populated automatically."). The model's pages 0..N-1 are the first N 4 KiB
 * subpages of the real THP. If no THP came, the run is reported skipped, never compared.
 */
static void map_thp(int s) {
    size_t len = (size_t)thp_size;
    char *raw = mmap(NULL, 2 * len, PROT_READ | PROT_WRITE, MAP_ANONYMOUS | MAP_PRIVATE, -1, 0);
    if (raw == MAP_FAILED) {
        fail("mmap");
        _exit(EXIT_FAILED);
    }
    char *mem = (char *)(((uintptr_t)raw + len - 1) & ~(uintptr_t)(len - 1));
    /* the unaligned head and tail go, so the VMA is exactly the THP */
    if (mem > raw) {
        munmap(raw, (size_t)(mem - raw));
    }
    munmap(mem + len, (size_t)(raw + 2 * len - (mem + len)));
    base[s] = mem;
    if (madvise(mem, len, MADV_HUGEPAGE) != 0) {
        fail("madvise hugepage");
    }
    mem[0] = 1;
    if (!page_present(mem + len - PAGE)) {
        sh->nothp = 1;
    }
    fill_slot(s);
    switch (slots[s].thp) {
    case THP_PTE:
        /* cow.c THP_RUN_PTE: "Trigger PTE-mapping the THP by temporarily mapping a single subpage R/O." */
        if (mprotect(mem + PAGE, PAGE, PROT_READ) != 0 || mprotect(mem + PAGE, PAGE, PROT_READ | PROT_WRITE) != 0) {
            fail("mprotect (PTE-map the THP)");
        }
        break;
    case THP_SINGLE_PTE:
        /* cow.c THP_RUN_SINGLE_PTE: "Discard all but a single subpage of that PTE-mapped THP." */
        if (madvise(mem + PAGE, len - PAGE, MADV_DONTNEED) != 0) {
            fail("madvise dontneed");
        }
        break;
    case THP_PARTIAL_SHARED: {
        /* cow.c THP_RUN_PARTIAL_SHARED: "Share the first page of the THP with a child and quit the child." */
        if (madvise(mem + PAGE, len - PAGE, MADV_DONTFORK) != 0) {
            fail("madvise dontfork");
        }
        pid_t c = fork();
        if (c == 0) {
            _exit(0);
        }
        if (c < 0 || waitpid(c, NULL, 0) != c) {
            fail("fork (partial-shared THP)");
        }
        if (madvise(mem + PAGE, len - PAGE, MADV_DOFORK) != 0) {
            fail("madvise dofork");
        }
        break;
    }
    default:
        break;
    }
    if (slots[s].ro && mprotect(mem, len, PROT_READ) != 0) {
        fail("mprotect");
    }
    mapped[s] = 1;
    memset(unmapped_page[s], 0, sizeof unmapped_page[s]);
    if (slots[s].thp == THP_SINGLE_PTE && slots[s].pages > 1) {
        /* the model's thp=single-pte has no pte for subpages 1..N-1 and observes them as '!' (it does not
         * model faulting them in again; operations may only address page 0): observe them the same way
         * instead of reading them, which would fault in zero pages ('.') */
        mapped_pages(s, 1, slots[s].pages - 1);
    }
}

/* The bytes an operation on the whole region covers: a thp= region is the whole THP. */
static UNUSED size_t region_len(int s) {
    return slots[s].thp != THP_NONE ? (size_t)thp_size : (size_t)slots[s].pages * PAGE;
}

static void map_root(int p) {
    for (int s = 0; s < NSLOT; s++) {
        if (slots[s].root != p) {
            continue;
        }
        size_t len = (size_t)slots[s].pages * PAGE;
        if (slots[s].thp != THP_NONE) {
            map_thp(s);
            continue;
        }
        base[s] = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_ANONYMOUS | (slots[s].shared ? MAP_SHARED : MAP_PRIVATE),
                -1, 0);
        if (base[s] == MAP_FAILED) {
            fail("mmap");
            _exit(EXIT_FAILED);
        }
        for (int pg = 0; pg < slots[s].pages; pg++) {
            for (int sc = 0; sc < 8; sc++) {
                memset(at(s, pg, sc), byte_of(slots[s].fill[sc]), SECTOR);
                shadow[s][pg][sc] = (unsigned char)slots[s].fill[sc];
                pend[s][pg][sc] = 0;
            }
        }
        if (slots[s].ro && mprotect(base[s], len, PROT_READ) != 0) {
            fail("mprotect");
        }
        mapped[s] = 1;
        memset(unmapped_page[s], 0, sizeof unmapped_page[s]);
    }
}

static void root_main(int p) {
    me = p;
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    alarm((unsigned)iter_seconds);
    map_root(p);
#if NPIPE > 0
    for (int i = 0; i < NPIPE; i++) {
        if (pipe(pipes[i]) != 0) {
            fail("pipe");
        }
    }
#endif
    setup_root(p);
    start_threads(p);
    __atomic_add_fetch(&sh->ready, 1, __ATOMIC_SEQ_CST);
    finish_process(p);
}

static UNUSED void wait_go(void) {
    for (unsigned n = 0; !__atomic_load_n(&sh->go, __ATOMIC_SEQ_CST); n++) {
        if (n > 1000) {
            sched_yield();
        }
    }
}

static void kill_all(void) {
    for (int p = 0; p < NPROC; p++) {
        if (sh->pid[p] > 0) {
            kill(sh->pid[p], SIGKILL);
        }
    }
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int open_direct(const char *dir, const char *name, int size, int fill_syms) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        return -1;
    }
    static char block[PAGE];
    for (int off = 0; off < size; off += PAGE) {
        memset(block, fill_syms ? byte_of(syms[off / PAGE]) : 0, PAGE);
        if (pwrite(fd, block, PAGE, off) != PAGE) {
            close(fd);
            unlink(path);
            return -1;
        }
    }
    fsync(fd);
    int dfd = open(path, O_RDWR | O_DIRECT);
    int e = errno;
    close(fd);
    unlink(path);
    errno = e;
    return dfd;
}

static void unsupported(const char *what, const char *why) {
    printf("{\"unsupported\":\"%s\",\"why\":\"%s\"}\n", what, why);
    fflush(stdout);
    exit(EXIT_UNSUPPORTED);
}

static void print_notes(void);

/* with -g the program is its own process group: SIGTERM (what a caller sends to stop it) kills the
 * whole group at once, processes being forked at that moment included */
static void kill_group(int sig) {
    (void)sig;
    kill(0, SIGKILL);
}

int main(int argc, char **argv) {
    long runs = 100;
    double seconds = 20;
    const char *dir = ".";
    unsigned seed = 1;
    int opt;
    while ((opt = getopt(argc, argv, "n:t:d:s:i:g")) != -1) {
        switch (opt) {
            case 'g':
                if (setpgid(0, 0) == 0) {
                    signal(SIGTERM, kill_group);
                }
                break;
            case 'n': runs = atol(optarg); break;
            case 't': seconds = atof(optarg); break;
            case 'd': dir = optarg; break;
            case 's': seed = (unsigned)atol(optarg); break;
            case 'i': iter_seconds = atoi(optarg); break;
            default:
                fprintf(stderr, "usage: %s [-n RUNS] [-t SECONDS] [-d DIR on a filesystem with O_DIRECT] [-s SEED]"
                        " [-i SECONDS per iteration] [-g: own process group, SIGTERM kills it]\n", argv[0]);
                return 2;
        }
    }
    struct rlimit as = { 1UL << 31, 1UL << 31 };
    setrlimit(RLIMIT_AS, &as);
    struct rlimit cpu = { (rlim_t)seconds + 30, (rlim_t)seconds + 30 };
    setrlimit(RLIMIT_CPU, &cpu);
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    sh = mmap(NULL, sizeof *sh, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (sh == MAP_FAILED) {
        perror("mmap");
        return EXIT_FAILED;
    }
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s/mmrace-repro-XXXXXX", dir);
    struct statfs fs;
    /* tmpfs accepts O_DIRECT since 6.6 (shmem_file_open() sets FMODE_CAN_ODIRECT, Hugh Dickins' "tmpfs:
     * trivial support for direct IO"), but it copies through the page cache: no GUP of the buffer, no DMA */
    if (statfs(dir, &fs) == 0 && fs.f_type == 0x01021994) {
        unsupported("O_DIRECT", "the directory is on tmpfs, which copies O_DIRECT I/O through the page cache (no"
                " GUP reference, no DMA): use a directory on a disk filesystem (-d DIR; mmrace reality --dir DIR)");
    }
    if (mkdtemp(tmp) == NULL) {
        unsupported("tempdir", "cannot create a temporary directory there");
    }
    fd_data = open_direct(tmp, "data", (int)strlen(syms) * PAGE, 1);
    int e = errno;
    fd_scratch = fd_data < 0 ? -1 : open_direct(tmp, "scratch", (NLOC + 1) * PAGE, 0);
    for (int f = 0; f < NFILE && fd_data >= 0; f++) {
        fd_file[f] = open_direct(tmp, file_name[f], PAGE, 0);
        if (fd_file[f] < 0) {
            e = errno;
        }
    }
    rmdir(tmp);
    if (fd_data < 0 || fd_scratch < 0) {
        errno = e;
        unsupported("O_DIRECT", e == EINVAL ? "the filesystem of the temporary directory rejects O_DIRECT (tmpfs?)"
                : "cannot create the temporary files");
    }
    void *probe = NULL;
    if (posix_memalign(&probe, PAGE, PAGE) != 0 || pread(fd_data, probe, SECTOR, 0) != SECTOR) {
        unsupported("O_DIRECT", "a 512-byte O_DIRECT read fails there (logical block size above 512?)");
    }
    free(probe);
    {
        FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/hpage_pmd_size", "r");
        long v = 0;
        if (f != NULL) {
            if (fscanf(f, "%ld", &v) == 1 && v >= PAGE) {
                thp_size = v;
            }
            fclose(f);
        }
    }
    print_notes();
    double end = now() + seconds;
    long i;
    int status = 0;
    for (i = 0; i < runs && now() < end; i++) {
        memset(sh, 0, sizeof *sh);
        for (int l = 0; l < NLOC; l++) {
            memset(sh->loc[l], locs[l].kind == LOC_REG ? '.' : '!', (size_t)(locs[l].width));
        }
        for (int f = 0; f < NFILE; f++) {
            if (ftruncate(fd_file[f], 0) != 0 || ftruncate(fd_file[f], PAGE) != 0) {
                fail("ftruncate");
            }
        }
        delay_max = 1u << (i % 12);
        srand(seed + (unsigned)i);
        for (int p = 0; p < NPROC; p++) {
            if (!proc_root[p]) {
                continue;
            }
            pid_t pid = fork();
            if (pid == 0) {
                root_main(p);
            }
            sh->pid[p] = pid;
            sh->started[p] = 1;
        }
        double deadline = now() + iter_seconds;
        while (sh->ready < NROOT && now() < deadline) {
            sched_yield();
        }
        pthread_t kt[NTHREAD + 1];
        memset(kt, 0, sizeof kt);
        for (int t = 0; t < NTHREAD; t++) {
            if (thread_proc[t] == NPROC) {
                pthread_create(&kt[t], NULL, thread_fn[t], (void *)(uintptr_t)(seed * 31u + (unsigned)(i + t)));
            }
        }
        sh->started[NPROC] = 1;
        __atomic_store_n(&sh->go, 1, __ATOMIC_SEQ_CST);
        int timed_out = 0;
        for (;;) {
            int all = 1;
            for (int p = 0; p < NPROC; p++) {
                all &= sh->exited[p] || sh->reported[p];
            }
            if (all && done(NPROC)) {
                break;
            }
            if (now() > deadline) {
                timed_out = 1;
                break;
            }
            usleep(50);
        }
        if (timed_out) {
            kill_all();
        }
        for (int t = 0; t < NTHREAD && !timed_out; t++) {
            if (thread_proc[t] == NPROC) {
                pthread_join(kt[t], NULL);
            }
        }
        while (waitpid(-1, NULL, 0) > 0) {
        }
        if (timed_out) {
            printf("{\"iter\":%ld,\"timeout\":%d,\"why\":\"not every thread finished within -i seconds\"}\n", i,
                    iter_seconds);
            status = EXIT_TIMEOUT;
            i++;
            break;
        }
        for (int l = 0; l < NLOC; l++) {
            if (locs[l].kind == LOC_FILE) {
                static char blk[PAGE] __attribute__((aligned(PAGE)));
                if (pread(fd_file[locs[l].slot], blk, PAGE, 0) == PAGE) {
                    sector_value((unsigned char *)blk + locs[l].sector * SECTOR, sh->loc[l], sizeof sh->loc[l]);
                } else {
                    snprintf(sh->loc[l], sizeof sh->loc[l], "?");
                }
            }
        }
        if (sh->nothp) {
            printf("{\"iter\":%ld,\"skipped\":\"thp\",\"why\":\"a thp= region did not get a THP (the last subpage was"
                    " not populated with the first): this run is not the scenario\"}\n", i);
            continue;
        }
        printf("{\"iter\":%ld,\"outcome\":{", i);
        for (int l = 0; l < NLOC; l++) {
            printf("%s\"%s\":\"%.*s\"", l ? "," : "", locs[l].name, (int)sizeof sh->loc[l] - 1, sh->loc[l]);
        }
        printf("},\"conditions\":[");
        print_conditions();
        printf("],\"isolation\":[");
        int first = 1;
        for (int p = 0; p < NPROC; p++) {
            if (sh->iso[p][0]) {
                printf("%s\"%s\"", first ? "" : ",", sh->iso[p]);
                first = 0;
            }
        }
        printf("]");
        if (sh->err[0]) {
            printf(",\"error\":\"%s\"", sh->err);
        }
        printf("}\n");
    }
    printf("{\"runs\":%ld}\n", i);
    fflush(stdout);
    return status;
}

/* ---- the scenario */
