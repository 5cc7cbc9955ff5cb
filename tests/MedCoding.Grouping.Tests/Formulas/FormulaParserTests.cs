using MedCoding.Grouping.Formulas;
using MedCoding.Grouping.Tables;

namespace MedCoding.Grouping.Tests.Formulas;

public class FormulaParserTests
{
    private readonly OperandCatalog _operands = new();

    private bool Evaluate(string formula, string[]? procedure = null, string[]? principal = null, string[]? secondary = null)
    {
        var parsed = FormulaParser.Parse(formula, _operands);
        var facts = new CaseFacts(_operands.Count + 64);
        foreach (var name in procedure ?? [])
        {
            facts.Procedure.Add(_operands.Intern(name));
        }

        foreach (var name in principal ?? [])
        {
            facts.Principal.Add(_operands.Intern(name));
        }

        foreach (var name in secondary ?? [])
        {
            facts.Secondary.Add(_operands.Intern(name));
        }

        return parsed.Evaluate(facts);
    }

    [Theory]
    [InlineData("a | b & c", new[] { "a" }, true)]        // & binds tighter than |: a | (b & c)
    [InlineData("(a | b) & c", new[] { "a" }, false)]     // parentheses override
    [InlineData("~a & b", new[] { "b" }, true)]           // ~ binds tightest
    [InlineData("~(a | b)", new[] { "b" }, false)]
    [InlineData("a&b", new[] { "a", "b" }, true)]         // spaces are optional
    [InlineData("5", new[] { "a" }, false)]               // a bare number is an operand no case carries
    public void Parse_Operators_PrecedenceAsInTheCmsLanguage(string formula, string[] procedure, bool expected)
    {
        Evaluate(formula, procedure).Should().Be(expected);
    }

    [Fact]
    public void Parse_Prefixes_TestThePrincipalSecondaryOrAnyDiagnosis()
    {
        Evaluate("PDX:ami", principal: ["ami"]).Should().BeTrue();
        Evaluate("PDX:ami", secondary: ["ami"]).Should().BeFalse();
        Evaluate("SDX:ami", secondary: ["ami"]).Should().BeTrue();
        Evaluate("ANY:ami", secondary: ["ami"]).Should().BeTrue();
        Evaluate("ami", principal: ["ami"]).Should().BeFalse("an atom without prefix tests procedures");
    }

    [Fact]
    public void Parse_PositiveProcedureOperands_LeavesOutNegatedAndDiagnosisAtoms()
    {
        var formula = FormulaParser.Parse("(othtrach | NORtemptrach) & ~steril & PDX:mouthlip & MCC", _operands);

        formula.PositiveProcedureOperands.Select(_operands.Name).Should().BeEquivalentTo("othtrach", "NORtemptrach");
    }

    [Theory]
    [InlineData("a &", "Formula 'a &', position 4: expected an operand name.")]
    [InlineData("(a | b", "Formula '(a | b', position 7: expected ')'.")]
    [InlineData("XDX:a", "Formula 'XDX:a', position 5: expected a prefix PDX, SDX, ANY or ONLY before ':', not 'XDX'.")]
    [InlineData("a b", "Formula 'a b', position 3: expected an operator '&' or '|', or the end of the formula.")]
    public void Parse_Malformed_ThrowsSayingWhereAndWhat(string formula, string message)
    {
        var act = () => FormulaParser.Parse(formula, _operands);

        act.Should().Throw<FormatException>().WithMessage(message);
    }
}
