using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Encoder;
using MedCoding.Encoder.IO;

namespace MedCoding.Data.Compilation;

/// <summary>
/// Compiles one of the coder's indexes from a release folder: the one file of its kind there (the Alphabetic Index,
/// External Cause Index, Table of Drugs and Chemicals as XML or CMS's CSV, Neoplasm Table, or ICD-10-PCS Index).
/// </summary>
internal sealed class IndexCompiler(string name, IndexKind kind, string description, params string[] patterns) : IReleaseCompiler
{
    /// <summary>Gets the compilers of every kind of index.</summary>
    public static IReadOnlyList<IndexCompiler> All { get; } =
    [
        new("icd10cm-index", IndexKind.Diseases, "the ICD-10-CM Alphabetic Index XML of a release folder (icd10cm_index_YYYY.xml)", "icd10cm_index_*.xml"),
        new("icd10cm-eindex", IndexKind.ExternalCauses, "the ICD-10-CM External Cause Index XML of a release folder (icd10cm_eindex_YYYY.xml)", "icd10cm_eindex_*.xml"),
        new("icd10cm-drug", IndexKind.Drugs, "the ICD-10-CM Table of Drugs and Chemicals of a release folder, XML (icd10cm_drug_YYYY.xml) or CMS's CSV (icd10cm-drug-Month-YYYY.csv)", "icd10cm_drug_*.xml", "icd10cm-drug-*.csv"),
        new("icd10cm-neoplasm", IndexKind.Neoplasms, "the ICD-10-CM Neoplasm Table XML of a release folder (icd10cm_neoplasm_YYYY.xml)", "icd10cm_neoplasm_*.xml"),
        new("icd10pcs-index", IndexKind.Procedures, "the ICD-10-PCS Index XML of a release folder (icd10pcs_index_YYYY.xml)", "icd10pcs_index_*.xml"),
    ];

    public string Name => name;

    public string FolderDescription => description;

    public CompiledRelease Compile(string folder, CompiledDataCompression compression)
    {
        var files = Directory.Exists(folder)
            ? patterns.SelectMany(p => Directory.GetFiles(folder, p)).Order(StringComparer.Ordinal).ToList()
            : throw new DataFileException(folder, null, "the release folder does not exist.");
        if (files.Count != 1)
        {
            throw new DataFileException(folder, null, files.Count == 0
                ? $"the folder holds no {string.Join(" or ", patterns)}: {description}."
                : $"the folder holds {files.Count} files of the {kind} index ({string.Join(", ", files.Select(Path.GetFileName))}); compile one folder per file.");
        }

        var index = AlphabeticIndex.Load(files[0], kind);
        var bytes = ReleaseCompilers.WriteVerified(
            index,
            (i, stream) => IndexFormat.Write(i, stream, compression),
            AlphabeticIndex.FromStream,
            IndexComparer.FindDifference,
            index.Release.Name);
        return new CompiledRelease(index.Release, bytes, index.ToString());
    }
}
