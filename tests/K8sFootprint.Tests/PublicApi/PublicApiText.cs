using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace K8sFootprint.Tests.PublicApi;

/// <summary>Writes an assembly's public surface as C#-like text: one line per public type, then its public and
/// protected members, indented, each type and member sorted by ordinal order so the text only changes when the
/// surface does. Nullable annotations, tuple element names, default values and init/required are kept, because
/// changing any of them can break a caller's build.</summary>
internal static class PublicApiText
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(char)] = "char", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double",
        [typeof(decimal)] = "decimal", [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
        BindingFlags.Static;

    public static string Write(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => Name(t, null), StringComparer.Ordinal))
        {
            text.Append(Declaration(type)).Append('\n');
            var members = Members(type).OrderBy(m => m.Rank).ThenBy(m => m.Name, StringComparer.Ordinal)
                .ThenBy(m => m.Line, StringComparer.Ordinal);
            foreach (var member in members)
            {
                text.Append("  ").Append(member.Line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Declaration(Type type)
    {
        string name = Name(type, null);
        if (type.IsEnum)
        {
            string flags = type.IsDefined(typeof(FlagsAttribute)) ? "[Flags] " : string.Empty;
            return $"{flags}public enum {name} : {Name(Enum.GetUnderlyingType(type), null)}";
        }

        if (type.IsSubclassOf(typeof(Delegate)))
        {
            var invoke = type.GetMethod("Invoke")!;
            return $"public delegate {Return(invoke)} {name}({Parameters(invoke)})";
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(Name(baseType, null));
        }

        bases.AddRange(type.GetInterfaces().Select(i => Name(i, null)).Order(StringComparer.Ordinal));
        string inherits = bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
        return $"public {Kind(type)} {name}{inherits}{Constraints(type.GetGenericArguments())}";
    }

    private static string Kind(Type type)
    {
        bool record = type.GetMethod("<Clone>$") is not null || type.GetMethod("PrintMembers", Declared) is not null;
        if (type.IsInterface)
        {
            return "interface";
        }

        if (type.IsValueType)
        {
            string readOnly = Has(type, "IsReadOnlyAttribute") ? "readonly " : string.Empty;
            string byRef = type.IsByRefLike ? "ref " : string.Empty;
            return $"{readOnly}{byRef}{(record ? "record struct" : "struct")}";
        }

        string modifier = (type.IsAbstract, type.IsSealed) switch
        {
            (true, true) => "static ",
            (true, false) => "abstract ",
            (false, true) => "sealed ",
            _ => string.Empty,
        };
        return modifier + (record ? "record" : "class");
    }

    /// <summary>The members in the order they are listed: constructors, constants and fields, properties,
    /// events, methods, then operators; by name within each.</summary>
    private static IEnumerable<(int Rank, string Name, string Line)> Members(Type type)
    {
        if (type.IsEnum)
        {
            return type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (0, f.Name,
                $"{f.Name} = {Convert.ToString(f.GetRawConstantValue(), CultureInfo.InvariantCulture)}"));
        }

        if (type.IsSubclassOf(typeof(Delegate)))
        {
            return [];
        }

        return
        [
            .. type.GetConstructors(Declared).Where(Visible).Select(c => (0, c.Name, Constructor(type, c))),
            .. type.GetFields(Declared).Where(f => Visible(f) && !f.Name.Contains('<'))
                .Select(f => (1, f.Name, Field(f))),
            .. type.GetProperties(Declared).Where(p => Accessors(p).Any(Visible))
                .Select(p => (2, p.Name, Property(type, p))),
            .. type.GetEvents(Declared).Where(e => Visible(e.AddMethod!)).Select(e => (3, e.Name, Event(e))),
            .. type.GetMethods(Declared).Where(m => Visible(m) && IsOrdinary(m))
                .Select(m => (m.IsSpecialName ? 5 : 4, m.Name, Method(type, m))),
        ];
    }

    private static bool IsOrdinary(MethodInfo method) =>
        !method.Name.Contains('<') &&
        (!method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal));

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool Visible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static IEnumerable<MethodInfo> Accessors(PropertyInfo property) =>
        new[] { property.GetMethod, property.SetMethod }.OfType<MethodInfo>();

    // By name: a dependency may carry its own copy of a compiler attribute (ScottPlot does), and its copy counts too.
    private static bool Has(MemberInfo member, string attribute) =>
        member.CustomAttributes.Any(a => a.AttributeType.FullName == $"System.Runtime.CompilerServices.{attribute}");

    private static string Access(MethodBase method) => method.IsPublic ? "public" : "protected";

    private static string Constructor(Type type, ConstructorInfo constructor)
    {
        string name = type.Name.Split('`')[0];
        string modifier = constructor.IsStatic ? "static " : string.Empty;
        return $"{Access(constructor)} {modifier}{name}({Parameters(constructor)})";
    }

    private static string Method(Type type, MethodInfo method)
    {
        string generic = method.IsGenericMethod
            ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>"
            : string.Empty;
        string constraints = method.IsGenericMethod ? Constraints(method.GetGenericArguments()) : string.Empty;
        return $"{Access(method)} {Modifiers(type, method)}{Return(method)} {method.Name}{generic}" +
            $"({Parameters(method)}){constraints}";
    }

    private static string Modifiers(Type type, MethodInfo method)
    {
        string modifiers = method.IsStatic ? "static " : string.Empty;
        if (type.IsInterface)
        {
            return modifiers + (method.IsAbstract || method.IsStatic ? string.Empty : "virtual ");
        }

        bool overrides = method.IsVirtual && method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        return modifiers + (method, overrides) switch
        {
            ({ IsAbstract: true }, _) => "abstract ",
            ({ IsFinal: true }, true) => "sealed override ",
            (_, true) => "override ",
            ({ IsVirtual: true, IsFinal: false }, _) => "virtual ",
            _ => string.Empty,
        };
    }

    private static string Property(Type type, PropertyInfo property)
    {
        var accessor = Accessors(property).Where(Visible).First();
        string required = Has(property, "RequiredMemberAttribute") ? "required " : string.Empty;
        var indexes = property.GetIndexParameters();
        string name = indexes.Length == 0 ? property.Name : $"this[{string.Join(", ", indexes.Select(Parameter))}]";
        string propertyType = Name(property.PropertyType, new NullabilityInfoContext().Create(property),
            Tuples(property));
        string accessors = string.Join(" ", Accessors(property).Where(Visible).Select(a => Accessor(a, accessor)));
        return $"{Access(accessor)} {Modifiers(type, accessor)}{required}{propertyType} {name} {{ {accessors} }}";
    }

    private static string Accessor(MethodInfo accessor, MethodInfo first)
    {
        string access = accessor.IsPublic == first.IsPublic ? string.Empty : "protected ";
        if (accessor.ReturnType != typeof(void))
        {
            return access + "get;";
        }

        bool init = accessor.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == nameof(IsExternalInit));
        return access + (init ? "init;" : "set;");
    }

    private static string Field(FieldInfo field)
    {
        string access = field.IsPublic ? "public" : "protected";
        string type = Name(field.FieldType, new NullabilityInfoContext().Create(field), Tuples(field));
        if (field.IsLiteral)
        {
            return $"{access} const {type} {field.Name} = {Literal(field.GetRawConstantValue(), field.FieldType)}";
        }

        string modifiers =
            (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
        return $"{access} {modifiers}{type} {field.Name}";
    }

    private static string Event(EventInfo eventInfo)
    {
        string modifier = eventInfo.AddMethod!.IsStatic ? "static " : string.Empty;
        string type = Name(eventInfo.EventHandlerType!, new NullabilityInfoContext().Create(eventInfo), null);
        return $"{Access(eventInfo.AddMethod)} {modifier}event {type} {eventInfo.Name}";
    }

    private static string Return(MethodInfo method) =>
        Name(method.ReturnType, new NullabilityInfoContext().Create(method.ReturnParameter),
            Tuples(method.ReturnParameter));

    private static string Parameters(MethodBase method)
    {
        var parameters = method.GetParameters().Select(Parameter).ToList();
        if (method.IsDefined(typeof(ExtensionAttribute)) && parameters.Count > 0)
        {
            parameters[0] = "this " + parameters[0];
        }

        return string.Join(", ", parameters);
    }

    private static string Parameter(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        string prefix = parameter.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty;
        if (type.IsByRef)
        {
            prefix += parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
        }

        string name = Name(type, new NullabilityInfoContext().Create(parameter), Tuples(parameter));
        string value = parameter.HasDefaultValue ? " = " + Literal(parameter.RawDefaultValue, type) : string.Empty;
        return $"{prefix}{name} {parameter.Name}{value}";
    }

    private static string Literal(object? value, Type type) => value switch
    {
        null => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default" : "null",
        string text => $"\"{text}\"",
        char c => $"'{c}'",
        bool b => b ? "true" : "false",
        _ when type.IsEnum => $"{Name(type, null)}.{Enum.ToObject(type, value)}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    private static string Constraints(Type[] arguments)
    {
        var text = new StringBuilder();
        foreach (var argument in arguments.Where(a => a.IsGenericParameter))
        {
            var attributes = argument.GenericParameterAttributes;
            var parts = new List<string>();
            bool isStruct = attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint);
            if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                parts.Add("class");
            }

            parts.AddRange(argument.GetGenericParameterConstraints()
                .Where(c => !(isStruct && c == typeof(ValueType))).Select(c => Name(c, null)));
            if (isStruct)
            {
                parts.Insert(0, "struct");
            }
            else if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint))
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" where {argument.Name} : {string.Join(", ", parts)}");
            }
        }

        return text.ToString();
    }

    private static Queue<string?>? Tuples(ICustomAttributeProvider member) =>
        member.GetCustomAttributes(typeof(TupleElementNamesAttribute), false) is [TupleElementNamesAttribute names]
            ? new Queue<string?>(names.TransformNames)
            : null;

    /// <summary>Names a type as C# would, with <c>?</c> on nullable references and tuple element names taken in
    /// the compiler's order (depth-first, a tuple's own names before those of the tuples inside it).</summary>
    private static string Name(Type type, NullabilityInfo? nullability, Queue<string?>? tuples = null)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!, nullability, tuples);
        }

        string mark = !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsArray)
        {
            string rank = new(',', type.GetArrayRank() - 1);
            return $"{Name(type.GetElementType()!, nullability?.ElementType, tuples)}[{rank}]{mark}";
        }

        if (type.IsGenericParameter)
        {
            return type.Name + mark;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, nullability?.GenericTypeArguments.FirstOrDefault(), tuples) + "?";
        }

        if (Keywords.TryGetValue(type, out string? keyword))
        {
            return keyword + mark;
        }

        return Composite(type, nullability, tuples) + mark;
    }

    private static string Composite(Type type, NullabilityInfo? nullability, Queue<string?>? tuples)
    {
        var arguments = type.GetGenericArguments();
        bool tuple = type.IsGenericType && type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal)
            == true;
        var names = tuple ? arguments.Select(_ => tuples?.Count > 0 ? tuples.Dequeue() : null).ToList() : null;
        var rendered = arguments
            .Select((a, i) => Name(a, nullability?.GenericTypeArguments.ElementAtOrDefault(i), tuples))
            .ToList();
        if (names is not null)
        {
            return $"({string.Join(", ", rendered.Select((a, i) => names[i] is { } n ? $"{a} {n}" : a))})";
        }

        string owner = type.IsNested ? Name(type.DeclaringType!, null) : type.Namespace!;
        string name = $"{owner}.{type.Name.Split('`')[0]}";
        return arguments.Length == 0 ? name : $"{name}<{string.Join(", ", rendered)}>";
    }
}
