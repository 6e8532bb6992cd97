#!/usr/bin/env bash
# Checks the Emacs setup of docs/editors.md against the real server: Emacs in batch mode with
# eglot opens a .race file through `./mmrace lsp` and checks a diagnostic, a hover, a definition
# and formatting. Not part of ./verify (the build machine need not have Emacs); run it by hand:
#   releng/scripts/emacs-eglot-check.sh     (needs emacs 29+, or emacs 28 with eglot: elpa-eglot)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v emacs >/dev/null || { echo "emacs-eglot-check: no emacs (apt-get install emacs-nox elpa-eglot)" >&2; exit 2; }
# Build the product first if it is stale: eglot gives a server 30 s to answer initialize.
"$root/mmrace" --version >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git -C "$work" init -q   # eglot needs a project
printf 'scenario t\nprocess P\nmap P.buf anon private rw\nthread P.a\n   store   buf[0] data=X\n  unpin pin9\nrequire P.buf[0] == X "x"\n' >"$work/t.race"
cat >"$work/init.el" <<ELISP
;; The init.el of docs/editors.md, with this checkout's path.
(require 'eglot)
(define-derived-mode race-mode prog-mode "Race"
  "Major mode for mmrace .race scenarios."
  (modify-syntax-entry ?# "<" race-mode-syntax-table)
  (modify-syntax-entry ?\n ">" race-mode-syntax-table)
  (setq-local comment-start "# "))
(add-to-list 'auto-mode-alist '("\\\\.race\\\\'" . race-mode))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '(race-mode . ("$root/mmrace" "lsp"))))
(add-hook 'race-mode-hook #'eglot-ensure)
ELISP
cat >"$work/check.el" <<ELISP
(defun check (what ok &optional got) (unless ok (message "emacs-eglot-check: FAILED: %s %S" what got) (kill-emacs 1)))
(find-file "$work/t.race")
(check "race-mode" (eq major-mode 'race-mode))
(apply #'eglot--connect (eglot--guess-contact))   ; what eglot-ensure does after the command loop
(let ((n 0)) (while (and (< n 120) (null (flymake-diagnostics))) (accept-process-output nil 0.5) (setq n (1+ n))))
(check "the diagnostic" (equal (mapcar #'flymake-diagnostic-text (flymake-diagnostics))
                               '("mmrace: undefined pin 'pin9': no 'pin ... as pin9' takes it"))
       (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))
(goto-char (point-min)) (search-forward "unpi")
(check "the hover" (string-prefix-p "unpin pinN"
  (plist-get (plist-get (jsonrpc-request (eglot-current-server) :textDocument/hover
                                         (eglot--TextDocumentPositionParams)) :contents) :value)))
(goto-char (point-min)) (search-forward "store   bu")
(check "the definition" (equal (mapcar (lambda (x) (xref-location-line (xref-item-location x)))
  (xref-backend-definitions 'eglot (xref-backend-identifier-at-point 'eglot))) '(3)))
(eglot-format-buffer)
(check "formatting" (string-match-p "^  store buf\\\\[0\\\\] data=X$" (buffer-string)))
(eglot-shutdown (eglot-current-server))
(message "emacs-eglot-check: passed (diagnostic, hover, definition, formatting)")
ELISP
cd "$work" && timeout 180 emacs --batch -l init.el -l check.el 2>&1 | tee "$work/emacs.log" | grep "emacs-eglot-check: passed" || { cat "$work/emacs.log" >&2; exit 1; }
