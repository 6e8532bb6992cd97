package org.mmrace.core.emf;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mmrace.core.spec.SourcePos;

/**
 * Maps the engine's immutable records to EMF objects and back, one record component to one
 * structural feature, by name. The rules are few so that a field the engine gains (THP, swap)
 * needs only an EAttribute of the same name in the .ecore and a regeneration:
 * <ul>
 * <li>a component maps to the feature of the same name, unless the binding renames it (names the
 * model had before it was lossless, e.g. {@code kernelStep=label});</li>
 * <li>a {@link SourcePos} component {@code pos} maps to {@code line} and {@code column},
 * {@code xPos} to {@code xLine} and {@code xColumn};</li>
 * <li>{@link Optional} is an unset feature when empty; {@link List} a many-valued feature; a
 * nested record a containment reference to its bound EClass; a Java enum an EEnum literal whose
 * name is the constant's in camel case ({@code WRONG_COW} = {@code wrongCow}).</li>
 * </ul>
 * Every binding is checked when the mapping is built: a component without a matching feature
 * fails at once with the name of the feature to add, never silently drops a field.
 */
final class RecordMapping {

    /** One record class, its EClass and the components whose feature has another name. */
    record Binding(Class<? extends Record> type, EClass eClass, Map<String, String> renamed) {
        Binding {
            renamed = Map.copyOf(renamed);
        }
    }

    /** How one component is read, converted and written. */
    private record Slot(RecordComponent component, Type type, EStructuralFeature feature,
            EStructuralFeature column) {
    }

    private record Plan(Binding binding, List<Slot> slots, Constructor<? extends Record> constructor) {
    }

    private final Map<Class<?>, Plan> plans = new LinkedHashMap<>();
    private final Map<EClass, Plan> byEClass = new LinkedHashMap<>();

    RecordMapping(List<Binding> bindings) {
        for (Binding b : bindings) {
            plans.put(b.type(), null);
            byEClass.put(b.eClass(), null);
        }
        for (Binding b : bindings) {
            Plan plan = plan(b);
            plans.put(b.type(), plan);
            byEClass.put(b.eClass(), plan);
        }
    }

    static Binding bind(Class<? extends Record> type, EClass eClass, String... renames) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String r : renames) {
            String[] parts = r.split("=", 2);
            renamed.put(parts[0], parts[1]);
        }
        return new Binding(type, eClass, renamed);
    }

    List<Binding> bindings() {
        return plans.values().stream().map(Plan::binding).toList();
    }

    private Plan plan(Binding b) {
        List<Slot> slots = new ArrayList<>();
        for (RecordComponent c : b.type().getRecordComponents()) {
            String name = b.renamed().getOrDefault(c.getName(), c.getName());
            if (c.getType() == SourcePos.class) {
                String prefix = name.equals("pos") ? "" : name.substring(0, name.length() - "Pos".length());
                slots.add(new Slot(c, c.getGenericType(), feature(b, c, camel(prefix, "line")),
                        feature(b, c, camel(prefix, "column"))));
            } else {
                EStructuralFeature f = feature(b, c, name);
                check(b, c, f);
                slots.add(new Slot(c, c.getGenericType(), f, null));
            }
        }
        Class<?>[] types = Arrays.stream(b.type().getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return new Plan(b, List.copyOf(slots), b.type().getDeclaredConstructor(types));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(b.type().getName() + " has no canonical constructor", e);
        }
    }

    private static String camel(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static EStructuralFeature feature(Binding b, RecordComponent c, String name) {
        EStructuralFeature f = b.eClass().getEStructuralFeature(name);
        if (f == null) {
            throw new IllegalStateException(b.type().getName().replace('$', '.') + "." + c.getName()
                    + " has no feature in the EMF model: add '" + name + "' to EClass " + b.eClass().getName()
                    + " (bundles/org.mmrace.model/model/" + b.eClass().getEPackage().getName()
                    + ".ecore) and run releng/model-generator/generate.sh");
        }
        return f;
    }

    private void check(Binding b, RecordComponent c, EStructuralFeature f) {
        Type t = c.getGenericType();
        boolean list = t instanceof ParameterizedType p && p.getRawType() == List.class;
        Type element = list || (t instanceof ParameterizedType q && q.getRawType() == Optional.class)
                ? ((ParameterizedType) t).getActualTypeArguments()[0] : t;
        String where = b.type().getSimpleName() + "." + c.getName() + " -> " + b.eClass().getName() + "." + f.getName();
        if (list != f.isMany()) {
            throw new IllegalStateException(where + ": a list maps to a many-valued feature and only a list does");
        }
        if (element instanceof Class<?> k && k.isRecord()) {
            if (!(f instanceof EReference r) || !r.isContainment() || !plans.containsKey(k)) {
                throw new IllegalStateException(where + ": a record maps to a containment reference to its bound EClass");
            }
        } else if (!(f instanceof EAttribute)) {
            throw new IllegalStateException(where + ": a value maps to an EAttribute");
        } else if (element instanceof Class<?> k && k.isEnum()) {
            if (!(f.getEType() instanceof EEnum e)) {
                throw new IllegalStateException(where + ": an enum maps to an EEnum");
            }
            for (Object constant : k.getEnumConstants()) {
                literal(e, (Enum<?>) constant);
            }
        }
    }

    // ---- record -> EMF ------------------------------------------------------------------------

    EObject toEmf(Record r) {
        Plan plan = plans.get(r.getClass());
        if (plan == null) {
            throw new IllegalArgumentException("no EClass bound to " + r.getClass().getName());
        }
        EObject e = EcoreUtil.create(plan.binding().eClass());
        for (Slot s : plan.slots()) {
            Object value = get(s.component(), r);
            if (s.column() != null) {
                SourcePos pos = (SourcePos) value;
                e.eSet(s.feature(), pos.line());
                e.eSet(s.column(), pos.column());
            } else if (value instanceof Optional<?> o) {
                if (o.isPresent()) {
                    e.eSet(s.feature(), emfValue(s.feature(), o.get()));
                }
            } else if (value instanceof List<?> l) {
                @SuppressWarnings("unchecked")
                EList<Object> target = (EList<Object>) e.eGet(s.feature());
                for (Object item : l) {
                    target.add(emfValue(s.feature(), item));
                }
            } else {
                e.eSet(s.feature(), emfValue(s.feature(), value));
            }
        }
        return e;
    }

    private Object emfValue(EStructuralFeature f, Object v) {
        if (v instanceof Record r) {
            return toEmf(r);
        }
        if (v instanceof Enum<?> constant) {
            return literal((EEnum) f.getEType(), constant).getInstance();
        }
        return v;
    }

    private static EEnumLiteral literal(EEnum e, Enum<?> constant) {
        String want = constant.name().replace("_", "").toLowerCase(Locale.ROOT);
        return e.getELiterals().stream().filter(l -> l.getName().toLowerCase(Locale.ROOT).equals(want)).findFirst()
                .orElseThrow(() -> new IllegalStateException(constant.getDeclaringClass().getSimpleName() + "."
                        + constant.name() + " has no literal in EEnum " + e.getName()));
    }

    // ---- EMF -> record ------------------------------------------------------------------------

    <T extends Record> T fromEmf(EObject e, Class<T> type) {
        Plan plan = plans.get(type);
        Object[] args = new Object[plan.slots().size()];
        for (int i = 0; i < args.length; i++) {
            Slot s = plan.slots().get(i);
            if (s.column() != null) {
                args[i] = new SourcePos((Integer) e.eGet(s.feature()), (Integer) e.eGet(s.column()));
                continue;
            }
            Type t = s.type();
            Object raw = e.eGet(s.feature());
            if (t instanceof ParameterizedType p && p.getRawType() == Optional.class) {
                args[i] = raw == null || !e.eIsSet(s.feature()) ? Optional.empty()
                        : Optional.of(coreValue(p.getActualTypeArguments()[0], raw));
            } else if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
                List<Object> out = new ArrayList<>();
                for (Object item : (List<?>) raw) {
                    out.add(coreValue(p.getActualTypeArguments()[0], item));
                }
                args[i] = out;
            } else {
                args[i] = coreValue(t, raw);
            }
        }
        try {
            return type.cast(plan.constructor().newInstance(args));
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e1) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " from " + e.eClass().getName(),
                    e1);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Object coreValue(Type t, Object raw) {
        if (t instanceof Class<?> k && k.isRecord()) {
            return raw == null ? null : fromEmf((EObject) raw, (Class<? extends Record>) k);
        }
        if (t instanceof Class<?> k && k.isEnum()) {
            String want = ((Enumerator) raw).getName().toLowerCase(Locale.ROOT);
            for (Object constant : k.getEnumConstants()) {
                if (((Enum<?>) constant).name().replace("_", "").toLowerCase(Locale.ROOT).equals(want)) {
                    return constant;
                }
            }
            throw new IllegalStateException(((Enumerator) raw).getName() + " is no " + k.getSimpleName());
        }
        if (t == String.class && raw == null) {
            return "";
        }
        return raw;
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }
}
