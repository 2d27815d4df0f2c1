// libFuzzer entry: any bytes through the CSV reader and the text importers must end in a result
// or an InputError, never a crash, hang or sanitizer report.
#include "common/input_error.h"
#include "import/csv_reader.h"
#include "import/text_importer.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        fluxlens::CsvReader reader("fuzz.csv", text);
        while (reader.next())
            for (std::size_t c = 0; c < reader.fieldCount(); ++c)
                (void)reader.number(c);
    } catch (const fluxlens::InputError&) {
    }
    // The same bytes as each kind of file FluxLens recognises by name or header.
    for (const char* name : {"FLX_FZ-Fuz_FLUXNET2015_FULLSET_DD_2015-2015_1-1.csv",
                             "FLX_FZ-Fuz_FLUXNET2015_FULLSET_HH_2015-2015_1-1.csv", "points.csv"}) {
        try {
            (void)fluxlens::importTextFile("fuzz.csv", name, text, fluxlens::ImportControl());
        } catch (const fluxlens::InputError&) {
        }
    }
    return 0;
}
