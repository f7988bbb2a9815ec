// SPDX-FileCopyrightText: 2026 The FitPlanner authors
// SPDX-License-Identifier: MIT

#include "storagetype.h"

#include "checkedmath.h"

namespace Planner {

double StorageType::bitsPerWeight() const
{
    // A 4096 x 4096 matrix is block aligned for every type and large enough for per-tensor constants to vanish.
    constexpr qint64 n = 4096;
    return double(bytesFor(n, n)) * 8.0 / double(n * n);
}

bool StorageType::fitsRow(qint64 ne0) const
{
    if (ne0 <= 0)
        return false;
    switch (kind) {
    case StorageKind::Ggml:
        return ne0 % blockSize == 0;
    case StorageKind::Group:
        return groupSize > 0 && ne0 % groupSize == 0 && (ne0 * bits) % 32 == 0;
    case StorageKind::Mlx:
        return groupSize > 0 && ne0 % groupSize == 0;
    default:
        return true;
    }
}

qint64 StorageType::bytesFor(qint64 ne0, qint64 ne1, qint64 ne2) const
{
    if (ne0 <= 0 || ne1 <= 0 || ne2 <= 0)
        return 0;
    const qint64 matrices = ne2;
    qint64 perMatrix = 0;
    switch (kind) {
    case StorageKind::Float:
    case StorageKind::Ggml:
        // ggml_row_size: whole blocks per row.
        perMatrix = satMul(satMul(ceilDiv(ne0, blockSize), blockBytes), ne1);
        break;
    case StorageKind::Fp8Block:
        perMatrix
            = satAdd(satMul(ne0, ne1), satMul(satMul(ceilDiv(ne0, groupSize), ceilDiv(ne1, groupSize)), scaleBytes));
        break;
    case StorageKind::Fp8Tensor:
        perMatrix = satAdd(satMul(ne0, ne1), scaleBytes);
        break;
    case StorageKind::Int8Channel:
    case StorageKind::BnbInt8:
        perMatrix = satAdd(satMul(ne0, ne1), satMul(ne1, scaleBytes));
        break;
    case StorageKind::Group: {
        // qweight: in x out ints of `bits`; scales: (in / group) x out; qzeros: (in / group) x out of zeroBits,
        // packed in int32; g_idx: one int32 per input feature.
        const qint64 groups = ceilDiv(ne0, groupSize);
        const qint64 weights = ceilDiv(satMul(satMul(ne0, ne1), bits), 8);
        const qint64 scales = satMul(satMul(groups, ne1), scaleBytes);
        const qint64 zeros = zeroBits > 0 ? satMul(satMul(groups, ceilDiv(satMul(ne1, zeroBits), 32)), 4) : 0;
        const qint64 gidx = groupIndex ? satMul(ne0, 4) : 0;
        perMatrix = satAdd(satAdd(satAdd(weights, scales), satAdd(zeros, gidx)), tensorBytes);
        break;
    }
    case StorageKind::Bnb4: {
        // Packed 4-bit pairs, one absmax per 64-weight block: fp32, or (double quantization) uint8 codes with an
        // fp32 scale per 256 blocks; plus the 16-entry code book (and the 256-entry nested one).
        const qint64 n = satMul(ne0, ne1);
        const qint64 blocks = ceilDiv(n, groupSize);
        qint64 bytes = ceilDiv(n, 2) + 16 * 4;
        if (doubleQuant)
            bytes = satAdd(bytes, blocks + ceilDiv(blocks, 256) * 4 + 256 * 4 + 4);
        else
            bytes = satAdd(bytes, satMul(blocks, 4));
        perMatrix = bytes;
        break;
    }
    case StorageKind::Mlx: {
        const qint64 groups = satMul(ceilDiv(ne0, groupSize), ne1);
        perMatrix = satAdd(ceilDiv(satMul(satMul(ne0, ne1), bits), 8), satMul(groups, 2 * scaleBytes));
        break;
    }
    }
    return satMul(perMatrix, matrices);
}

} // namespace Planner
