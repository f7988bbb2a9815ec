// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

// Minimal GGUF v3 writer (Node.js, no dependencies).
// Tensor data is all zeros and is written as a sparse file (ftruncate), so a multi-GB model costs
// almost no disk and no write time. All-zero bytes are valid data for every ggml type used here
// (every block's scale is 0, so every weight decodes to 0).
import fs from "node:fs";

// ggml_type ids and (block size, bytes per block), from ggml/src/ggml.c type_traits (commit 80fb11ac)
export const GGML_TYPES = {
    F32: [0, 1, 4], F16: [1, 1, 2], Q4_0: [2, 32, 18], Q4_1: [3, 32, 20], Q5_0: [6, 32, 22], Q5_1: [7, 32, 24],
    Q8_0: [8, 32, 34], Q8_1: [9, 32, 36], Q2_K: [10, 256, 84], Q3_K: [11, 256, 110], Q4_K: [12, 256, 144],
    Q5_K: [13, 256, 176], Q6_K: [14, 256, 210], Q8_K: [15, 256, 292], IQ2_XXS: [16, 256, 66], IQ2_XS: [17, 256, 74],
    IQ3_XXS: [18, 256, 98], IQ1_S: [19, 256, 50], IQ4_NL: [20, 32, 18], IQ3_S: [21, 256, 110], IQ2_S: [22, 256, 82],
    IQ4_XS: [23, 256, 136], BF16: [30, 1, 2], TQ1_0: [34, 256, 54], TQ2_0: [35, 256, 66], MXFP4: [39, 32, 17], I32: [26, 1, 4],
};
// llama_ftype ids (include/llama.h)
export const LLAMA_FTYPES = {
    F32: 0, F16: 1, Q4_0: 2, Q4_1: 3, Q8_0: 7, Q5_0: 8, Q5_1: 9, Q2_K: 10, Q3_K_S: 11, Q3_K_M: 12, Q3_K_L: 13,
    Q4_K_S: 14, Q4_K_M: 15, Q5_K_S: 16, Q5_K_M: 17, Q6_K: 18, IQ2_XXS: 19, IQ2_XS: 20, Q2_K_S: 21, IQ3_XS: 22,
    IQ3_XXS: 23, IQ1_S: 24, IQ4_NL: 25, IQ3_S: 26, IQ3_M: 27, IQ2_S: 28, IQ2_M: 29, IQ4_XS: 30, IQ1_M: 31, BF16: 32,
    TQ1_0: 36, TQ2_0: 37, MXFP4_MOE: 38,
};

export function tensorBytes(type, ne) {
    const [, blk, sz] = GGML_TYPES[type];
    if (ne[0] % blk !== 0) throw new Error(`ne0=${ne[0]} not a multiple of block ${blk} for ${type}`);
    let n = (ne[0] / blk) * sz;
    for (let i = 1; i < ne.length; i++) n *= ne[i];
    return n;
}

const T = { U8: 0, I8: 1, U16: 2, I16: 3, U32: 4, I32: 5, F32: 6, BOOL: 7, STR: 8, ARR: 9, U64: 10, I64: 11, F64: 12 };
export const GT = T;

class Buf {
    constructor() { this.chunks = []; this.len = 0; }
    push(b) { this.chunks.push(b); this.len += b.length; }
    u32(v) { const b = Buffer.alloc(4); b.writeUInt32LE(v); this.push(b); }
    i32(v) { const b = Buffer.alloc(4); b.writeInt32LE(v); this.push(b); }
    u64(v) { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt(v)); this.push(b); }
    f32(v) { const b = Buffer.alloc(4); b.writeFloatLE(v); this.push(b); }
    str(s) { const b = Buffer.from(s, "utf8"); this.u64(b.length); this.push(b); }
    val(t, v) {
        switch (t) {
            case T.U8: this.push(Buffer.from([v])); break;
            case T.U32: this.u32(v); break;
            case T.I32: this.i32(v); break;
            case T.F32: this.f32(v); break;
            case T.BOOL: this.push(Buffer.from([v ? 1 : 0])); break;
            case T.STR: this.str(v); break;
            case T.U64: this.u64(v); break;
            default: throw new Error("unsupported gguf value type " + t);
        }
    }
}

// kv: array of [key, type, value] or [key, T.ARR, elemType, array]
// tensors: array of {name, ne: [ne0, ne1, ...], type: "F16" | ...}
export function writeGguf(path, kv, tensors, alignment = 32) {
    const h = new Buf();
    h.u32(0x46554747); // "GGUF"
    h.u32(3);
    h.u64(tensors.length);
    h.u64(kv.length);
    for (const e of kv) {
        h.str(e[0]);
        h.u32(e[1]);
        if (e[1] === T.ARR) {
            const [, , et, arr] = e;
            h.u32(et);
            h.u64(arr.length);
            if (et === T.I32) { const b = Buffer.alloc(4 * arr.length); arr.forEach((x, i) => b.writeInt32LE(x, 4 * i)); h.push(b); }
            else if (et === T.F32) { const b = Buffer.alloc(4 * arr.length); arr.forEach((x, i) => b.writeFloatLE(x, 4 * i)); h.push(b); }
            else for (const x of arr) h.val(et, x);
        } else h.val(e[1], e[2]);
    }
    let off = 0;
    const infos = [];
    for (const t of tensors) {
        const size = tensorBytes(t.type, t.ne);
        h.str(t.name);
        h.u32(t.ne.length);
        for (const d of t.ne) h.u64(d);
        h.u32(GGML_TYPES[t.type][0]);
        h.u64(off);
        infos.push({ ...t, offset: off, size });
        off += Math.ceil(size / alignment) * alignment;
    }
    const headerLen = Math.ceil(h.len / alignment) * alignment;
    const header = Buffer.concat([...h.chunks, Buffer.alloc(headerLen - h.len)]);
    const fd = fs.openSync(path, "w");
    fs.writeSync(fd, header);
    fs.ftruncateSync(fd, headerLen + off); // sparse zeros
    fs.closeSync(fd);
    return { fileBytes: headerLen + off, dataBytes: infos.reduce((a, t) => a + t.size, 0), infos };
}
