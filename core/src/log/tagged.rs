//! A payload is written as one JSON object whose `type` names its kind (serde's "internally
//! tagged" shape). serde derives that shape with a deserialiser that first buffers each object
//! into a content tree, then reads every variant back out of it: instantiated for every variant
//! and every input, it was the largest code in the app's wasm (docs/first-load.md). So the
//! payload derives the plain shape, `{"vote_closed": {...}}`, and these two adapters move the tag
//! inside on the way out and back outside on the way in: the same bytes, once for all variants.

use serde::de::{Deserialize, Deserializer, Error as _};
use serde::ser::{Impossible, SerializeStruct, SerializeStructVariant, Serializer};
use serde_json::{Map, Value};

/// The key that names a payload's kind.
pub const TAG: &str = "type";

/// Reads `{"type": kind, fields...}` as `{kind: {fields...}}` and hands it to `plain`.
pub fn deserialize_tagged<'de, D, T>(
    input: D,
    plain: impl FnOnce(Value) -> Result<T, serde_json::Error>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let mut fields = Map::<String, Value>::deserialize(input)?;
    let kind = match fields.remove(TAG) {
        Some(Value::String(kind)) => kind,
        Some(other) => {
            return Err(D::Error::custom(format_args!(
                "invalid type: {}, expected the payload's `type` as a string",
                Unexpected(&other)
            )))
        }
        None => return Err(D::Error::missing_field(TAG)),
    };
    let mut tagged = Map::new();
    tagged.insert(kind, Value::Object(fields));
    plain(Value::Object(tagged)).map_err(D::Error::custom)
}

/// Names a JSON value's type as serde's own messages do.
struct Unexpected<'a>(&'a Value);

impl std::fmt::Display for Unexpected<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "boolean `{b}`"),
            Value::Number(n) => write!(f, "number {n}"),
            Value::String(s) => write!(f, "string {s:?}"),
            Value::Array(_) => f.write_str("sequence"),
            Value::Object(_) => f.write_str("map"),
        }
    }
}

/// Writes a struct variant `Kind { fields }` as the struct `{"type": "kind", fields}`.
pub struct TagInside<S>(pub S);

/// The fields of a variant written by [`TagInside`].
pub struct Fields<S>(S);

impl<S: SerializeStruct> SerializeStructVariant for Fields<S> {
    type Ok = S::Ok;
    type Error = S::Error;

    fn serialize_field<T: ?Sized + serde::Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.0.serialize_field(key, value)
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), S::Error> {
        self.0.skip_field(key)
    }

    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

fn only_struct_variants<E: serde::ser::Error>() -> E {
    E::custom("a payload is written from a struct variant")
}

/// Every other shape is refused: a payload's variants are all structs. serde's `Serializer`
/// trait names a method for every shape, floats included; here each one only refuses, so no
/// float is ever written or read through this adapter.
macro_rules! refuse {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$ok, S::Error> {
            Err(only_struct_variants())
        }
    )*};
}

impl<S: Serializer> Serializer for TagInside<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Impossible<S::Ok, S::Error>;
    type SerializeTuple = Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = Impossible<S::Ok, S::Error>;
    type SerializeMap = Impossible<S::Ok, S::Error>;
    type SerializeStruct = Impossible<S::Ok, S::Error>;
    type SerializeStructVariant = Fields<S::SerializeStruct>;

    fn serialize_struct_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        let mut fields = self.0.serialize_struct(name, len + 1)?;
        fields.serialize_field(TAG, variant)?;
        Ok(Fields(fields))
    }

    refuse! {
        serialize_bool(bool) -> S::Ok;
        serialize_i8(i8) -> S::Ok;
        serialize_i16(i16) -> S::Ok;
        serialize_i32(i32) -> S::Ok;
        serialize_i64(i64) -> S::Ok;
        serialize_u8(u8) -> S::Ok;
        serialize_u16(u16) -> S::Ok;
        serialize_u32(u32) -> S::Ok;
        serialize_u64(u64) -> S::Ok;
        serialize_f32(f32) -> S::Ok;
        serialize_f64(f64) -> S::Ok;
        serialize_char(char) -> S::Ok;
        serialize_str(&str) -> S::Ok;
        serialize_bytes(&[u8]) -> S::Ok;
        serialize_none() -> S::Ok;
        serialize_unit() -> S::Ok;
        serialize_unit_struct(&'static str) -> S::Ok;
        serialize_unit_variant(&'static str, u32, &'static str) -> S::Ok;
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
    }

    fn serialize_some<T: ?Sized + serde::Serialize>(self, _: &T) -> Result<S::Ok, S::Error> {
        Err(only_struct_variants())
    }

    fn serialize_newtype_struct<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(only_struct_variants())
    }

    fn serialize_newtype_variant<T: ?Sized + serde::Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(only_struct_variants())
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}
