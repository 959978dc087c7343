/** Documentation of the model's properties, enum members and types, for hover and completion. */
import {
  EntityTypeModel,
  EnumMember,
  EnumType,
  enumOf,
  findProperty,
  PropertyModel,
} from '../core';
import { Block, code, Doc, paragraph, plain, Span, strong } from './doc';

/** The property's name, Edm type, nullability, where it is declared, meaning and members. */
export function describeProperty(type: EntityTypeModel, property: PropertyModel): Doc {
  const blocks: Block[] = [...summarizeProperty(type, property)];

  const enumType = enumOf(property);
  if (enumType) {
    blocks.push(paragraph(plain('Members of '), code(enumType.shortName), plain(':')));
    blocks.push({ kind: 'list', items: enumType.members.map(memberLine) });
  }
  return blocks;
}

/** The property without its members: name, Edm type, nullability, declaration, meaning. */
export function summarizeProperty(type: EntityTypeModel, property: PropertyModel): Doc {
  const nullability = property.nullable ? 'nullable' : 'not nullable';
  return [
    paragraph(strong(property.name), plain(': '), code(property.type), plain(`, ${nullability}`)),
    paragraph(...declaration(type, property)),
    paragraph(plain(property.description)),
  ];
}

/** One member: its meaning and numeric value. */
export function describeMember(enumType: EnumType, member: EnumMember): Doc {
  return [
    paragraph(
      strong(member.name),
      plain(` = ${member.value}, a member of `),
      code(enumType.shortName),
    ),
    paragraph(plain(member.description)),
  ];
}

/** The entity type an `@odata.type` value names: its qualified name, base type and meaning. */
export function describeEntityType(type: EntityTypeModel): Doc {
  const heading: Span[] = [strong(type.name), plain(' '), code(type.qualifiedName)];
  if (type.baseType !== undefined) {
    heading.push(plain(', derived from '), code(type.baseType));
  }
  return [paragraph(...heading), paragraph(plain(type.description))];
}

/** Where the property is declared, as seen from `type`, which may not have it at all. */
function declaration(type: EntityTypeModel, property: PropertyModel): Span[] {
  if (findProperty(type, property.name) !== property) {
    return [
      plain('Declared on '),
      code(property.declaredOn),
      plain(', not on '),
      code(type.name),
      plain('.'),
    ];
  }
  if (property.declaredOn === type.name) {
    return [plain('Declared on '), code(property.declaredOn), plain('.')];
  }
  return [plain('Inherited from '), code(property.declaredOn), plain('.')];
}

function memberLine(member: EnumMember): Span[] {
  return [code(member.name), plain(` (${member.value}): ${member.description}`)];
}
