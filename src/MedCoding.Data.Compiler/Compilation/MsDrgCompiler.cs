using MedCoding.CodeSets.IO;
using MedCoding.Grouping;
using MedCoding.Grouping.IO;

namespace MedCoding.Data.Compilation;

/// <summary>Compiles one MS-DRG version's grouper tables (a folder such as <c>msdrg/v43/v431</c>).</summary>
internal sealed class MsDrgCompiler : IReleaseCompiler
{
    public string Name => "msdrg";

    public string FolderDescription => "one MS-DRG version's grouper tables (dx.tsv, pr.tsv, drg_formulas.tsv ...), a folder named for the version such as v431";

    public CompiledRelease Compile(string folder, CompiledDataCompression compression)
    {
        var definitions = MsDrgDefinitions.Load(folder);
        var bytes = ReleaseCompilers.WriteVerified(
            definitions,
            (d, stream) => MsDrgDefinitionsFormat.Write(d, stream, compression),
            MsDrgDefinitions.FromStream,
            MsDrgDefinitionsComparer.FindDifference,
            definitions.Release.Name);
        return new CompiledRelease(
            definitions.Release,
            bytes,
            $"{definitions.Release.Name}: {definitions.DiagnosisCount} diagnoses, {definitions.ProcedureCount} procedures, {definitions.FormulaCount} formulas");
    }
}
