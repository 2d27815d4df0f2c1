#pragma once

#include "upscale_form.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fluxlens {

class CacheSession;
class WorldMapWidget;

// Models ▸ Upscale…: region (typed W,S,E,N or the map's visible area), resolution, period, a model
// of the cache's library, driver map, output file, tile size, device and threads. The form is
// checked as it is filled in; Upscale is enabled once it is valid and options() holds what the
// engine runs.
class UpscaleDialog : public QDialog {
    Q_OBJECT
public:
    UpscaleDialog(CacheSession* session, const WorldMapWidget* map, QWidget* parent = nullptr);

    UpscaleForm form() const;
    UpscaleFormCheck check() const { return UpscaleFormChecks::check(form()); }
    // Filled in by tests and by the user alike.
    QLineEdit* bboxEdit() const { return m_bbox; }
    QDoubleSpinBox* resolutionBox() const { return m_resolution; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* modelBox() const { return m_model; }
    QLineEdit* driverMapEdit() const { return m_driverMap; }
    QLineEdit* outputEdit() const { return m_output; }
    QLabel* problemLabel() const { return m_problem; }
    bool canStart() const;
    void useVisibleArea();

private:
    void revalidate();
    void readModels(CacheSession* session);

    const WorldMapWidget* m_map;
    QLineEdit* m_bbox;
    QDoubleSpinBox* m_resolution;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_model;
    QLineEdit* m_driverMap;
    QLineEdit* m_output;
    QSpinBox* m_tile;
    QComboBox* m_device;
    QSpinBox* m_threads;
    QCheckBox* m_monthly;
    QLabel* m_extent;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace fluxlens
