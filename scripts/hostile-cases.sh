#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The FitPlanner authors
# SPDX-License-Identifier: MIT
# Runs the command line on each hostile or odd input of docs/reliability.md and prints a Markdown table row per
# case: the case, wall and CPU time, peak resident memory (GNU time) and the first line of what it printed.
# Usage: scripts/hostile-cases.sh path/to/fitplanner [scratch folder]
set -uo pipefail
bin=$(realpath "$1")
work=${2:-$(mktemp -d)}
mkdir -p "$work"
cd "$work" || exit 1
if [ -n "$(ls -A)" ]; then
    echo "$work is not empty" >&2
    exit 2
fi

# A tiny valid safetensors file: 8-byte length, header, 16 bytes of data.
safetensors() {
    python3 - "$1" <<'EOF'
import struct, sys
h = b'{"model.embed_tokens.weight":{"dtype":"BF16","shape":[2,4],"data_offsets":[0,16]}}'
open(sys.argv[1], 'wb').write(struct.pack('<Q', len(h)) + h + bytes(16))
EOF
}
# A GGUF header: general.architecture ("llama", or the name when a fourth argument is given), optional
# general.name, one tensor of 2 x DIM.
gguf() {
    python3 - "$@" <<'EOF'
import struct, sys
path, name = sys.argv[1], sys.argv[2]
dim = int(sys.argv[3]) if len(sys.argv) > 3 else 4
s = lambda t: struct.pack('<Q', len(t)) + t
raw = name.encode().decode('unicode_escape').encode('latin-1')
kv = [s(b'general.architecture') + struct.pack('<I', 8) + s(raw if len(sys.argv) > 4 else b'llama')]
if name:
    kv.append(s(b'general.name') + struct.pack('<I', 8) + s(raw))
info = s(b't') + struct.pack('<IQQIQ', 2, dim, 2, 0, 0)
head = b'GGUF' + struct.pack('<IQQ', 3, 1, len(kv)) + b''.join(kv) + info
head += bytes(-len(head) % 32)
open(path, 'wb').write(head + bytes(32))
EOF
}

mkdir fifo-config split dz loop many
mkfifo x.gguf x.safetensors
safetensors fifo-config/model.safetensors && mkfifo fifo-config/config.json
gguf split/m-00001-of-00002.gguf "" && mkfifo split/m-00002-of-00002.gguf
safetensors dz/model.safetensors && ln -s /dev/zero dz/config.json
ln -s b.gguf loop/a.gguf && ln -s a.gguf loop/b.gguf
for i in $(seq -w 0 2999); do printf GGUF > many/model-$i.gguf; done
python3 - <<'EOF'
import struct
# 8,000 metadata arrays of 65,536 bytes (525 MB, sparse), inside the 512 MiB header limit.
with open('arrays.gguf', 'wb') as f:
    s = lambda t: struct.pack('<Q', len(t)) + t
    f.write(b'GGUF' + struct.pack('<IQQ', 3, 0, 8001) + s(b'general.architecture') + struct.pack('<I', 8) + s(b'llama'))
    for i in range(8000):
        f.write(s(b'a.%d' % i) + struct.pack('<IIQ', 9, 0, 65536))
        f.seek(65536, 1)
    f.truncate()
# A safetensors header of 50 million '[' (its length says so; the file is sparse past the brackets it holds).
h = b'{"t":' + b'[' * 50_000_000
open('deep.safetensors', 'wb').write(struct.pack('<Q', len(h)) + h)
# config.json and a shard index of [[],[],...]: 64 MiB (over their limits) and just under their limits.
for name, size in (('wide64.json', 64 << 20), ('wide16.json', (16 << 20) - 16)):
    body = b'[' + b'[],' * ((size - 4) // 3) + b'[]]'
    open(name, 'wb').write(body)
import os
os.makedirs('wideindex', exist_ok=True)
body = b'{"weight_map":{"a":"model.safetensors"},"x":[' + b'[],' * (((32 << 20) - 64) // 3) + b'[]]}'
open('wideindex/model.safetensors.index.json', 'wb').write(body)
EOF
safetensors wideindex/model.safetensors
gguf evil.gguf '\x1b[2J\x1b[31mevil\r\nfitplanner: forged\x07' 4 arch
gguf dim.gguf "" 9223372036854775808
mkdir broken && safetensors broken/model.safetensors && printf '{"model_type":' > broken/config.json
bad=$(printf 'bad\xff\xfe.gguf')
printf GGUF > "$bad"

# row LABEL PATTERN COMMAND...: PATTERN picks the line of the output (stdout and stderr) to show.
row() {
    local label=$1 pattern=$2
    shift 2
    /usr/bin/time -o .time -f '%e %U %S %M' "$@" >.out 2>&1 </dev/null
    local secs user sys kib msg
    read -r secs user sys kib < <(tail -1 .time)
    msg=$(grep -a -m1 -E "$pattern" .out | sed "s#$work/##g; s#|#\\\\|#g" | cut -c1-160)
    printf '| %s | %s s | %.2f s | %d MB | %s |\n' "$label" "$secs" "$(echo "$user + $sys" | bc)" \
        $((kib * 1024 / 1000000)) "$msg"
}

echo '| Case | Wall time | CPU time | Peak RSS | Output (the line that answers) |'
echo '|---|---|---|---|---|'
e='fitplanner|Warning'
row '`estimate --config /dev/zero`' "$e" "$bin" estimate --config /dev/zero
row '`plan --config /dev/zero`' "$e" "$bin" plan --config /dev/zero --vram 24
row '`inspect` a folder whose `config.json` links to `/dev/zero`' "$e" "$bin" inspect dz
row '`inspect` a FIFO `x.gguf`' "$e" "$bin" inspect x.gguf
row '`inspect` a FIFO `x.safetensors`' "$e" "$bin" inspect x.safetensors
row '`inspect` a folder whose `config.json` is a FIFO' "$e" "$bin" inspect fifo-config
row '`inspect` a split set whose second part is a FIFO' "$e" "$bin" inspect split/m-00001-of-00002.gguf
row '`inspect` a GGUF of 8,000 arrays of 65,536 bytes (525 MB)' 'Weights|fitplanner' "$bin" inspect arrays.gguf
row '`inspect` a safetensors header of 50 million `[`' "$e" "$bin" inspect deep.safetensors
row '`estimate --config` of 64 MiB of `[[],[],...]`' "$e" "$bin" estimate --config wide64.json
row '`estimate --config` of 16 MiB of `[[],[],...]`' "$e" "$bin" estimate --config wide16.json
row '`inspect` a folder whose index holds 32 MiB of `[[],[],...]`' "$e" "$bin" inspect wideindex
row '`inspect` a GGUF whose name and architecture hold ESC[2J, colours, CR/LF, BEL' 'Architecture' "$bin" inspect evil.gguf
row '`inspect` a folder of 3,000 `.gguf` files' "$e" "$bin" inspect many
row '`inspect` a symbolic link loop' "$e" "$bin" inspect loop/a.gguf
row '`inspect` a non-UTF-8 file name' "$e" "$bin" inspect "$bad"
row '`inspect` a tensor dimension of 2^63' "$e" "$bin" inspect dim.gguf
row '`inspect` a folder with a truncated `config.json`' "$e" "$bin" inspect broken
row '`fitplanner` without a display' "$e" env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bin"
row '`fitplanner --json`' "$e" "$bin" --json
