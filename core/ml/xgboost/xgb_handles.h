#pragma once

// Private to fluxlens_xgboost_model: RAII owners of XGBoost C API handles, and the check every
// call goes through (a non-zero return becomes ml::ModelError with XGBGetLastError()).

#include <string>
#include <utility>
#include <xgboost/c_api.h>

namespace fluxlens::xgb::detail {

// Throws ml::ModelError("<context>: <XGBoost's message>") when rc != 0.
void check(int rc, const std::string& context);

class DMatrix {
public:
    DMatrix() = default;
    // Row-major float table, NaN for missing values.
    DMatrix(const float* data, std::size_t rows, std::size_t columns, const std::string& context);
    ~DMatrix();
    DMatrix(DMatrix&& o) noexcept
        : m_handle(std::exchange(o.m_handle, nullptr)) {}
    DMatrix& operator=(DMatrix&& o) noexcept {
        std::swap(m_handle, o.m_handle);
        return *this;
    }
    DMatrix(const DMatrix&) = delete;
    DMatrix& operator=(const DMatrix&) = delete;
    DMatrixHandle get() const { return m_handle; }
    void setLabels(const float* labels, std::size_t count, const std::string& context);
    void setWeights(const float* weights, std::size_t count, const std::string& context);

private:
    DMatrixHandle m_handle = nullptr;
};

class Booster {
public:
    Booster() = default;
    explicit Booster(BoosterHandle handle)
        : m_handle(handle) {}
    ~Booster();
    Booster(Booster&& o) noexcept
        : m_handle(std::exchange(o.m_handle, nullptr)) {}
    Booster& operator=(Booster&& o) noexcept {
        std::swap(m_handle, o.m_handle);
        return *this;
    }
    Booster(const Booster&) = delete;
    Booster& operator=(const Booster&) = delete;
    BoosterHandle get() const { return m_handle; }

private:
    BoosterHandle m_handle = nullptr;
};

// Turns XGBoost's own console logging off (errors still come back through the return codes).
void quietLibrary();

} // namespace fluxlens::xgb::detail
