// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ir {

// Where "now" comes from, so tests control time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // UTC epoch milliseconds
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

} // namespace ir
