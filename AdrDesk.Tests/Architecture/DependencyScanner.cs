using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace AdrDesk.Tests.Architecture;

/// <summary>One reference from a scanned type to a forbidden namespace, and where it was seen.</summary>
public sealed record Violation(string Type, string Where, string Referenced)
{
    public override string ToString() => $"{Type} [{Where}] -> {Referenced}";
}

/// <summary>
/// Finds what the types of some namespaces reference: through reflection (base types, interfaces,
/// fields, properties, method and constructor signatures, attributes) and through the IL of every
/// method body and its locals (System.Reflection.Metadata), so a `new DbContext…` or a static call
/// hidden inside a method is caught as well.
/// </summary>
public static class DependencyScanner
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static bool InNamespace(string? fullName, string prefix) =>
        fullName is not null && (fullName == prefix || fullName.StartsWith(prefix + ".", StringComparison.Ordinal));

    /// <summary>Types of <paramref name="assembly"/> whose namespace is or is under <paramref name="namespacePrefix"/> (nested and compiler-generated ones included).</summary>
    public static IReadOnlyList<Type> TypesIn(Assembly assembly, string namespacePrefix) =>
        assembly.GetTypes().Where(t => InNamespace(t.Namespace, namespacePrefix)).ToList();

    public static IReadOnlyList<Violation> Scan(Assembly assembly, string namespacePrefix, IReadOnlyList<string> forbidden)
    {
        bool IsForbidden(string name) => forbidden.Any(f => InNamespace(name, f));
        var violations = new List<Violation>();
        foreach (var type in TypesIn(assembly, namespacePrefix))
        {
            foreach (var (where, referenced) in ReflectionReferences(type))
            {
                if (IsForbidden(referenced))
                {
                    violations.Add(new Violation(type.FullName!, where, referenced));
                }
            }
        }
        foreach (var (type, where, referenced) in IlReferences(assembly.Location, namespacePrefix))
        {
            if (IsForbidden(referenced))
            {
                violations.Add(new Violation(type, where, referenced));
            }
        }
        return violations.Distinct().ToList();
    }

    // --- reflection ---

    private static IEnumerable<(string Where, string Referenced)> ReflectionReferences(Type type)
    {
        IEnumerable<(string, string)> Of(string where, Type? t) => Expand(t).Select(n => (where, n));

        foreach (var r in Of("base type", type.BaseType)) yield return r;
        foreach (var i in type.GetInterfaces())
            foreach (var r in Of("interface", i)) yield return r;
        foreach (var a in type.GetCustomAttributesData())
            foreach (var r in Of("attribute", a.AttributeType)) yield return r;
        foreach (var f in type.GetFields(All))
            foreach (var r in Of($"field {f.Name}", f.FieldType)) yield return r;
        foreach (var p in type.GetProperties(All))
            foreach (var r in Of($"property {p.Name}", p.PropertyType)) yield return r;
        foreach (var e in type.GetEvents(All))
            foreach (var r in Of($"event {e.Name}", e.EventHandlerType)) yield return r;
        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi)
                foreach (var r in Of($"{m.Name} returns", mi.ReturnType)) yield return r;
            foreach (var p in m.GetParameters())
                foreach (var r in Of($"{m.Name} parameter {p.Name}", p.ParameterType)) yield return r;
            foreach (var a in m.GetCustomAttributesData())
                foreach (var r in Of($"{m.Name} attribute", a.AttributeType)) yield return r;
        }
    }

    /// <summary>The full names a type is made of: itself, generic arguments, element types.</summary>
    private static IEnumerable<string> Expand(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }
        if (type.HasElementType)
        {
            foreach (var n in Expand(type.GetElementType())) yield return n;
            yield break;
        }
        yield return type.IsGenericType ? type.GetGenericTypeDefinition().FullName ?? type.Name : type.FullName ?? $"{type.Namespace}.{type.Name}";
        foreach (var arg in type.IsGenericType ? type.GetGenericArguments() : [])
            foreach (var n in Expand(arg)) yield return n;
    }

    // --- IL ---

    private static readonly Dictionary<ushort, OperandType> OpCodeOperands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => (ushort)o.Value, o => o.OperandType);

    /// <summary>Every type named by the IL and locals of each method of the types under the prefix.</summary>
    public static IEnumerable<(string Type, string Where, string Referenced)> IlReferences(string assemblyPath, string namespacePrefix)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var names = new NameProvider(md);
        var results = new List<(string, string, string)>();
        foreach (var typeHandle in md.TypeDefinitions)
        {
            var typeName = names.Name(typeHandle);
            if (!InNamespace(NamespaceOf(md, typeHandle), namespacePrefix))
            {
                continue;
            }
            foreach (var methodHandle in md.GetTypeDefinition(typeHandle).GetMethods())
            {
                var method = md.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }
                var where = $"IL of {md.GetString(method.Name)}";
                var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                if (!body.LocalSignature.IsNil)
                {
                    var locals = md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(names, null);
                    results.AddRange(locals.SelectMany(l => l).Select(n => (typeName, where + " locals", n)));
                }
                results.Add((typeName, where, "")); // read, even if it names nothing
                results.AddRange(TokensOf(body.GetILBytes() ?? []).SelectMany(names.Of).Select(n => (typeName, where, n)));
            }
        }
        return results;
    }

    private static string NamespaceOf(MetadataReader md, TypeDefinitionHandle handle)
    {
        var type = md.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            type = md.GetTypeDefinition(outer);
        }
        return md.GetString(type.Namespace);
    }

    private static IEnumerable<EntityHandle> TokensOf(byte[] il)
    {
        for (var i = 0; i < il.Length;)
        {
            ushort code = il[i++];
            if (code == 0xFE)
            {
                code = (ushort)(0xFE00 | il[i++]);
            }
            var operand = OpCodeOperands.TryGetValue(code, out var o) ? o : throw new InvalidOperationException($"Unknown IL opcode 0x{code:X}");
            switch (operand)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    yield return MetadataTokens.EntityHandle(BitConverter.ToInt32(il, i));
                    i += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il, i);
                    break;
                default: // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
                    i += 4;
                    break;
            }
        }
    }

    /// <summary>Turns metadata handles and signatures into the full type names they mention.</summary>
    private sealed class NameProvider(MetadataReader md) : ISignatureTypeProvider<ImmutableArray<string>, object?>
    {
        public string Name(TypeDefinitionHandle handle)
        {
            var t = md.GetTypeDefinition(handle);
            var outer = t.GetDeclaringType();
            return outer.IsNil ? Join(md.GetString(t.Namespace), md.GetString(t.Name)) : $"{Name(outer)}+{md.GetString(t.Name)}";
        }

        private string Name(TypeReferenceHandle handle)
        {
            var t = md.GetTypeReference(handle);
            return t.ResolutionScope.Kind == HandleKind.TypeReference
                ? $"{Name((TypeReferenceHandle)t.ResolutionScope)}+{md.GetString(t.Name)}"
                : Join(md.GetString(t.Namespace), md.GetString(t.Name));
        }

        private static string Join(string ns, string name) => ns.Length == 0 ? name : $"{ns}.{name}";

        public IEnumerable<string> Of(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return [Name((TypeDefinitionHandle)handle)];
                case HandleKind.TypeReference:
                    return [Name((TypeReferenceHandle)handle)];
                case HandleKind.TypeSpecification:
                    return md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                case HandleKind.FieldDefinition:
                {
                    var f = md.GetFieldDefinition((FieldDefinitionHandle)handle);
                    return f.DecodeSignature(this, null).Append(Name(f.GetDeclaringType()));
                }
                case HandleKind.MethodDefinition:
                {
                    var m = md.GetMethodDefinition((MethodDefinitionHandle)handle);
                    var sig = m.DecodeSignature(this, null);
                    return sig.ParameterTypes.SelectMany(p => p).Concat(sig.ReturnType).Append(Name(m.GetDeclaringType()));
                }
                case HandleKind.MemberReference:
                {
                    var m = md.GetMemberReference((MemberReferenceHandle)handle);
                    var parent = m.Parent.Kind is HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification or HandleKind.MethodDefinition
                        ? Of(m.Parent)
                        : [];
                    if (m.GetKind() == MemberReferenceKind.Field)
                    {
                        return parent.Concat(m.DecodeFieldSignature(this, null));
                    }
                    var sig = m.DecodeMethodSignature(this, null);
                    return parent.Concat(sig.ParameterTypes.SelectMany(p => p)).Concat(sig.ReturnType);
                }
                case HandleKind.MethodSpecification:
                {
                    var spec = md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    return Of(spec.Method).Concat(spec.DecodeSignature(this, null).SelectMany(a => a));
                }
                default:
                    return [];
            }
        }

        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [$"System.{typeCode}"];
        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [Name(handle)];
        public ImmutableArray<string> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [Name(handle)];
        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;
        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;
        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;
        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;
        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;
        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
            genericType.AddRange(typeArguments.SelectMany(a => a));
        public ImmutableArray<string> GetGenericMethodParameter(object? genericContext, int index) => [];
        public ImmutableArray<string> GetGenericTypeParameter(object? genericContext, int index) => [];
        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) => unmodifiedType.AddRange(modifier);
        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) =>
            signature.ReturnType.AddRange(signature.ParameterTypes.SelectMany(p => p));
    }
}
