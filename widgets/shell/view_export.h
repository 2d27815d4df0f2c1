#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace fluxlens {

class BackgroundJob;
class CacheConnector;

class CompareData;
struct ViewFigure;

// The GUI side of File ▸ Export: asks for file, size, resolution and font (ExportDialog), builds
// the figure from what the view shows, writes it (and its CSV), and says where it went. Errors
// (no metrics yet, an unwritable file) come back as a warning box.
void exportViewFigure(QWidget* parent, const QString& figureName, const QString& fileStem,
                      const std::function<ViewFigure()>& build,
                      const std::function<void(const QString&)>& status);

// Table 1 as LaTeX (.tex) or CSV (.csv) through core/eval's report writers. The evaluation runs
// as a job (`track` shows it in the jobs indicator); a cancelled one writes no file.
void exportTable1(QWidget* parent, const CacheConnector& cache, const CompareData& data,
                  const QString& reference, const std::function<void(const QString&)>& status,
                  const std::function<void(BackgroundJob*)>& track);

} // namespace fluxlens
