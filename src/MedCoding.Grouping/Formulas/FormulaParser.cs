using MedCoding.Grouping.Tables;
using MedCoding.CodeSets;

namespace MedCoding.Grouping.Formulas;

/// <summary>
/// Parses the CMS formula language: <c>&amp;</c> (and), <c>|</c> (or), <c>~</c> (not), parentheses, and
/// atoms that are an operand name, optionally prefixed <c>PDX:</c>, <c>SDX:</c>, <c>ANY:</c> or <c>ONLY:</c>;
/// <c>MCC</c> and <c>CC</c> test the counted severity. <c>~</c> binds tightest, then <c>&amp;</c>, then <c>|</c>.
/// </summary>
internal sealed class FormulaParser
{
    private readonly string _text;
    private readonly OperandCatalog _operands;
    private int _position;

    private FormulaParser(string text, OperandCatalog operands)
    {
        _text = text;
        _operands = operands;
    }

    /// <summary>Parses a formula.</summary>
    /// <exception cref="FormatException">The text is not a formula; the message says where and what was expected.</exception>
    public static Formula Parse(string text, OperandCatalog operands)
    {
        var parser = new FormulaParser(text, operands);
        var root = parser.ParseOr();
        parser.SkipSpaces();
        if (parser._position < text.Length)
        {
            throw parser.Error("an operator '&' or '|', or the end of the formula");
        }

        var positive = new List<int>();
        root.CollectPositiveProcedureOperands(positive, negated: false);
        return new Formula(text, root, [.. positive.Distinct()]);
    }

    private FormulaNode ParseOr()
    {
        var terms = new List<FormulaNode> { ParseAnd() };
        while (Accept('|'))
        {
            terms.Add(ParseAnd());
        }

        return terms.Count == 1 ? terms[0] : new OrNode([.. terms]);
    }

    private FormulaNode ParseAnd()
    {
        var terms = new List<FormulaNode> { ParseUnary() };
        while (Accept('&'))
        {
            terms.Add(ParseUnary());
        }

        return terms.Count == 1 ? terms[0] : new AndNode([.. terms]);
    }

    private FormulaNode ParseUnary()
    {
        if (Accept('~'))
        {
            return new NotNode(ParseUnary());
        }

        if (Accept('('))
        {
            var inner = ParseOr();
            if (!Accept(')'))
            {
                throw Error("')'");
            }

            return inner;
        }

        var name = ReadName();
        if (_position < _text.Length && _text[_position] == ':')
        {
            _position++;
            var scope = name switch
            {
                "PDX" => OperandScope.Principal,
                "SDX" => OperandScope.Secondary,
                "ANY" => OperandScope.Any,
                "ONLY" => OperandScope.Only,
                _ => throw Error($"a prefix PDX, SDX, ANY or ONLY before ':', not {MessageText.Quote(name)}"),
            };
            return new OperandNode(scope, _operands.Intern(ReadName()));
        }

        return name switch
        {
            "MCC" => new SeverityNode(CcSeverity.Mcc),
            "CC" => new SeverityNode(CcSeverity.Cc),
            _ => new OperandNode(OperandScope.Procedure, _operands.Intern(name)),
        };
    }

    private string ReadName()
    {
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '_' or '@'))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw Error("an operand name");
    }

    private bool Accept(char token)
    {
        SkipSpaces();
        if (_position < _text.Length && _text[_position] == token)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && _text[_position] == ' ')
        {
            _position++;
        }
    }

    private FormatException Error(string expected) =>
        new($"Formula '{_text}', position {_position + 1}: expected {expected}.");
}
