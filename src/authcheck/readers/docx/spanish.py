"""Spanish labels, column headers and section titles, as bilingual (Spanish/English) plans write them.

Bilingual forms pair the two languages in one label ("Fecha de nacimiento / Date of birth"), which the label
readers cut at " / " and read by whichever half they know; forms written in Spanish only need the Spanish words
themselves. These tables are merged into the English vocabularies of docx.labels (FIELDS, SUBFIELDS), docx.tables
(COLUMN_ROLES) and sections (SYNONYMS). Labels are written here without accents: `fold_accents` removes them
from a label before it is looked up ("Diagnóstico" -> "diagnostico", "niño" -> "nino").
"""

from __future__ import annotations

import unicodedata

__all__ = ["COLUMN_ROLES_ES", "FIELDS_ES", "SECTIONS_ES", "SUBFIELDS_ES", "fold_accents"]


def fold_accents(text: str) -> str:
    """Letters without their accents ("Período de certificación" -> "Periodo de certificacion")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# fmt: off
FIELDS_ES: dict[str, tuple[str, ...]] = {
    "patient.name": (
        "nombre", "nombre del cliente", "nombre del paciente", "nombre completo", "nombre del nino",
        "nombre de la nina", "nombre del nino a", "nombre del menor", "nombre del participante",
        "nombre del beneficiario", "nombre del estudiante", "nombre del miembro", "nombre del individuo",
        "nombre del consumidor", "nombre del joven", "nombre y apellidos", "nombre y apellido", "paciente",
        "cliente", "participante", "beneficiario", "nino", "nino a", "estudiante", "apellidos", "apellido",
        "nombre del cliente paciente", "nombre del usuario", "usuario",
    ),
    "patient.given_name": ("primer nombre", "nombre de pila"),
    "patient.birth_date": (
        "fecha de nacimiento", "fecha nacimiento", "fecha de nac", "f de nacimiento", "nacimiento", "fdn",
        "fecha de nacimiento del cliente", "fecha de nacimiento del paciente", "fecha de nacimiento del nino",
        "fecha de nac del paciente",
    ),
    "patient.member_id": (
        "numero de miembro", "no de miembro", "num de miembro", "id de miembro", "id del miembro",
        "numero de afiliado", "no de afiliado", "id de afiliado", "numero de socio", "numero de medicaid",
        "no de medicaid", "id de medicaid", "numero de medicare", "no de medicare", "id de medicare",
        "numero de seguro", "numero del seguro", "numero de seguro medico", "numero de poliza", "no de poliza",
        "id del seguro", "identificacion del miembro", "numero de beneficiario", "numero de identificacion",
        "numero de medi cal", "no de seguro",
    ),
    "payer": (
        "aseguradora", "seguro", "seguro medico", "plan de salud", "compania de seguro", "compania de seguros",
        "pagador", "fuente de pago", "cobertura", "plan de seguro",
    ),
    "program": ("programa", "nombre del programa", "programa de tratamiento"),
    "level_of_care": ("nivel de atencion", "nivel de cuidado", "nivel asam", "nivel de servicio"),
    "discipline": ("disciplina", "tipo de terapia"),
    "provider": (
        "terapeuta", "clinico", "clinica a cargo", "medico", "proveedor", "profesional", "consejero",
        "psicologo", "psicologa", "psiquiatra", "medico tratante", "terapeuta tratante", "medico que refiere",
        "nombre del terapeuta", "nombre del proveedor", "nombre del clinico", "elaborado por", "preparado por",
        "completado por", "supervisor clinico", "analista de conducta", "administrador de caso",
        "fisioterapeuta", "terapeuta fisico", "terapeuta ocupacional", "patologo del habla", "logopeda",
        "profesional tratante", "medico de cabecera",
    ),
    "provider.organization": (
        "agencia", "organizacion", "clinica", "centro", "consultorio", "nombre de la agencia",
        "nombre de la clinica", "nombre del centro",
    ),
    "admission_date": (
        "fecha de admision", "fecha de ingreso", "ingreso", "admision", "fecha de inscripcion",
        "fecha de entrada", "fecha de admision al programa",
    ),
    "first_treatment_date": (
        "fecha de evaluacion", "fecha de la evaluacion", "evaluacion inicial", "fecha de evaluacion inicial",
        "fecha de la evaluacion inicial", "primera visita", "fecha de primera visita",
        "fecha de la primera visita", "primer tratamiento", "fecha del primer tratamiento",
        "inicio de atencion", "inicio de servicios", "fecha de inicio de atencion", "primera sesion",
        "fecha de la primera sesion", "fecha de evaluacion primer tratamiento",
    ),
    "plan_date": (
        "fecha del plan", "fecha de plan", "fecha del plan de tratamiento", "fecha del plan de cuidado",
        "fecha del plan de atencion", "fecha del plan de servicios", "fecha de elaboracion",
        "fecha de elaboracion del plan", "fecha de creacion", "fecha del documento", "fecha del informe",
        "plan elaborado", "fecha de desarrollo del plan", "fecha del plan de cuidados",
    ),
    "document_date": ("fecha de servicio", "fecha de la visita", "fecha de visita", "fecha de la cita"),
    "period": (
        "periodo de autorizacion", "periodo de certificacion", "periodo del plan", "periodo de tratamiento",
        "periodo", "vigencia", "vigencia del plan", "periodo de servicio", "periodo solicitado",
        "fechas de servicio", "periodo de autorizacion solicitado", "periodo del plan de cuidado",
        "fechas del plan", "periodo de vigencia",
    ),
    "period.start": (
        "fecha de inicio", "inicio", "desde", "fecha de inicio del plan", "inicio del plan",
        "inicio de la autorizacion", "inicio de certificacion", "vigente desde", "inicio del periodo",
    ),
    "period.end": (
        "fecha de fin", "fecha final", "fecha de termino", "fecha de terminacion", "hasta", "fin",
        "fin del plan", "fecha de vencimiento", "vence", "vigente hasta", "fin de la autorizacion",
        "fin de certificacion", "fin del periodo",
    ),
    "expected_duration": (
        "duracion", "duracion esperada", "duracion estimada", "duracion del tratamiento", "duracion prevista",
        "duracion anticipada", "duracion de los servicios", "duracion del plan", "tiempo estimado de tratamiento",
        "duracion estimada del tratamiento", "fecha estimada de alta", "fecha prevista de alta", "alta prevista",
        "alta estimada", "duracion de la atencion",
    ),
    "review": (
        "fecha de revision", "revision", "proxima revision", "fecha de la proxima revision", "revision del plan",
        "fecha de revision del plan", "proxima revision del plan", "revision programada", "reevaluacion",
        "fecha de reevaluacion", "proxima reevaluacion", "revision de progreso", "proxima actualizacion",
        "actualizacion del plan", "revision del plan de tratamiento",
    ),
    "recertification": ("recertificacion", "fecha de recertificacion", "proxima recertificacion"),
    "progress_report": (
        "informe de progreso", "reporte de progreso", "informes de progreso", "proximo informe de progreso",
    ),
    "review.completed": ("ultima revision", "fecha de la ultima revision", "revision completada"),
    "presenting_problem": (
        "problema presentado", "problema actual", "motivo de referencia", "motivo de consulta",
        "motivo de remision", "razon de referido", "queja principal", "motivo del tratamiento",
        "razon para el tratamiento", "motivo de referido",
    ),
    "diagnosis": (
        "diagnostico", "diagnosticos", "codigo de diagnostico", "codigos de diagnostico", "diagnostico medico",
        "diagnostico de tratamiento", "impresion diagnostica", "diagnostico clinico", "otros diagnosticos",
        "diagnostico dsm 5", "diagnostico icd 10", "diagnostico cie 10", "cie 10", "cie 10 cm", "codigo cie 10",
    ),
    "diagnosis.primary": ("diagnostico principal", "diagnostico primario", "dx principal", "diagnostico 1"),
    "diagnosis.secondary": (
        "diagnostico secundario", "diagnosticos secundarios", "dx secundario", "diagnostico 2", "diagnostico 3",
    ),
    "diagnosed_by": (
        "diagnosticado por", "diagnosticada por", "diagnosticado a por", "diagnostico hecho por",
        "diagnostico realizado por", "diagnostico por", "diagnostico establecido por",
        "profesional que diagnostico",
    ),
    "diagnosed_on": (
        "fecha del diagnostico", "fecha de diagnostico", "diagnosticado el", "fecha de la evaluacion diagnostica",
        "evaluacion diagnostica",
    ),
    "frequency": (
        "frecuencia", "frecuencia de sesiones", "frecuencia de las sesiones", "frecuencia de servicios",
        "frecuencia del servicio", "frecuencia de tratamiento", "frecuencia de visitas", "frecuencia y duracion",
        "con que frecuencia",
    ),
    "amount": (
        "duracion de la sesion", "duracion de sesion", "duracion de cada sesion", "minutos por sesion",
        "cantidad", "unidades", "unidades solicitadas", "unidades por sesion", "tiempo por sesion",
        "duracion de las sesiones", "minutos", "sesion",
    ),
    "hours_per_week": (
        "horas por semana", "horas semanales", "horas solicitadas", "intensidad", "horas directas por semana",
        "total de horas por semana", "horas recomendadas", "horas",
    ),
    "service": (
        "servicio", "servicios", "servicios solicitados", "servicio solicitado", "servicios a proveer",
        "servicios recomendados", "servicios a prestar", "servicios a brindar", "codigo cpt", "codigo de servicio",
        "modalidad", "ordenes",
    ),
    "assessment": (
        "evaluacion estandarizada", "evaluaciones estandarizadas", "evaluaciones", "instrumento",
        "instrumentos", "herramientas de evaluacion", "resultados de la evaluacion", "pruebas estandarizadas",
        "medidas de resultado", "instrumentos de evaluacion",
    ),
    "interventions": (
        "intervenciones", "intervenciones planificadas", "estrategias", "modalidades", "tratamiento", "metodos",
        "enfoque de tratamiento", "intervenciones de tratamiento",
    ),
    "other": (
        "edad", "sexo", "genero", "telefono", "direccion", "idioma", "idioma principal", "escuela", "grado",
        "contacto de emergencia", "alergias", "medicamentos", "estado", "referido por", "fuente de referencia",
        "expediente", "numero de expediente", "no de expediente", "historial medico", "pronostico",
        "potencial de rehabilitacion", "fecha de inicio de sintomas", "fecha de cirugia", "lugar de servicio",
        "fecha de evaluacion estandarizada",
    ),
    "date": ("fecha", "fecha de firma", "fecha firmada", "firmado el"),
}

SUBFIELDS_ES: dict[str, tuple[str, ...]] = {
    "baseline": (
        "linea base", "linea de base", "linea basal", "nivel actual", "nivel inicial", "desempeno actual",
        "inicial", "estado actual", "funcionamiento actual",
    ),
    "target": ("nivel esperado", "resultado esperado", "nivel meta"),
    "target_date": (
        "fecha meta", "fecha objetivo", "fecha limite", "fecha de logro", "fecha esperada", "fecha prevista",
        "fecha estimada", "fecha de cumplimiento", "fecha de finalizacion", "lograr para", "fecha meta de logro",
        "fecha estimada de logro",
    ),
    "time_frame": ("plazo", "marco de tiempo", "periodo de tiempo"),
    "mastery_criteria": (
        "criterio de dominio", "criterios de dominio", "criterio de logro", "criterios de logro",
        "criterio de exito", "criterios de exito", "criterio", "criterios",
    ),
    "measure": ("medida", "medicion", "metodo de medicion", "como se medira", "recoleccion de datos", "medido por"),
    "domain": ("area", "area de necesidad", "area de habilidad", "categoria"),
    "status": ("estado", "progreso", "estatus", "estado de la meta"),
    "responsible": (
        "responsable", "personal responsable", "persona responsable", "proporcionado por", "implementado por",
    ),
    "frequency": ("frecuencia", "con que frecuencia"),
    "amount": ("cantidad", "duracion de la sesion", "minutos", "unidades"),
    "duration": ("duracion", "por cuanto tiempo"),
    "service_code": ("codigo", "codigo cpt", "codigo de servicio"),
    "modality": ("modalidad", "enfoque"),
}

COLUMN_ROLES_ES: dict[str, tuple[str, ...]] = {
    "problem": ("problema", "problemas", "necesidad", "area de necesidad"),
    "goal": ("meta", "metas", "meta a largo plazo", "metas a largo plazo", "objetivo a largo plazo"),
    "objective": (
        "objetivo", "objetivos", "meta a corto plazo", "metas a corto plazo", "objetivo a corto plazo",
        "objetivos a corto plazo",
    ),
    "target": ("nivel esperado", "resultado esperado"),
    "statement": ("meta u objetivo", "meta o objetivo", "meta objetivo"),
    "target_date": ("fecha", "fecha meta", "fecha objetivo", "fecha limite", "fecha esperada", "fecha prevista", "plazo"),
    "intervention": ("intervencion", "intervenciones", "estrategia", "estrategias", "modalidad", "tratamiento"),
    "frequency": ("frecuencia",),
    "amount": ("duracion de la sesion", "minutos", "cantidad"),
    "duration": ("duracion", "semanas", "meses"),
    "responsible": ("responsable", "personal responsable", "persona responsable"),
    "baseline": ("linea base", "linea de base", "linea basal", "nivel actual", "nivel inicial", "inicial"),
    "mastery_criteria": ("criterio de dominio", "criterios de dominio", "criterio de logro", "criterios"),
    "measure": ("medida", "medicion"),
    "status": ("estado", "progreso", "estatus"),
    "code": ("codigo", "codigo cie 10", "cie 10", "codigo cpt", "codigos"),
    "description": ("descripcion", "diagnostico", "diagnosticos", "descripcion del diagnostico"),
    "diagnosed": ("diagnosticado por",),
    "diagnosed_on": ("fecha del diagnostico", "fecha de diagnostico"),
    "service": ("servicio", "servicios", "tipo de servicio", "servicio solicitado"),
    "units": ("unidades", "unidades solicitadas"),
    "hours": ("horas por semana", "horas", "horas semanales"),
    "start": ("fecha de inicio", "inicio", "desde"),
    "end": ("fecha de fin", "fecha final", "fin", "hasta"),
    "role": ("rol", "cargo", "relacion", "parentesco"),
    "signature": ("firma", "firmas", "firmado por"),
    "name": ("nombre", "nombre en letra de molde", "nombre y credencial"),
    "credential": ("credencial", "credenciales", "licencia"),
    "sign_date": ("fecha de firma", "fecha firmada"),
    "instrument": ("instrumento", "evaluacion", "prueba", "herramienta"),
    "score": ("puntuacion", "puntaje", "resultado", "resultados"),
    "admin_date": ("fecha de administracion", "fecha de la evaluacion"),
}

SECTIONS_ES: dict[str, tuple[str, ...]] = {
    "client": (
        "informacion del cliente", "informacion del paciente", "datos del cliente", "datos del paciente",
        "datos de identificacion", "informacion de identificacion", "datos demograficos",
    ),
    "provider": ("informacion del proveedor", "equipo de tratamiento", "equipo de atencion"),
    "dates": ("fechas", "fechas del plan", "periodo de certificacion", "periodo de autorizacion"),
    "presenting_problem": (
        "problema presentado", "motivo de referencia", "motivo de consulta", "queja principal",
        "razon para el tratamiento", "motivo de remision", "antecedentes",
    ),
    "diagnosis": ("diagnostico", "diagnosticos", "impresion diagnostica", "diagnostico cie 10"),
    "goals": (
        "metas", "metas de tratamiento", "metas y objetivos", "objetivos y metas", "metas a largo plazo",
        "metas del tratamiento", "problemas y metas",
    ),
    "objectives": ("objetivos", "objetivos a corto plazo", "metas a corto plazo"),
    "interventions": (
        "intervenciones", "intervenciones planificadas", "estrategias", "modalidades de tratamiento",
        "plan de tratamiento e intervenciones",
    ),
    "frequency": ("frecuencia", "frecuencia y duracion", "frecuencia de servicios"),
    "services": ("servicios", "servicios solicitados", "servicios recomendados", "servicios a proveer"),
    "duration": ("duracion", "duracion esperada", "duracion del tratamiento", "duracion estimada"),
    "review": ("revision", "revision del plan", "fecha de revision", "recertificacion", "reevaluacion"),
    "signatures": ("firmas", "firma", "firmas y fechas", "consentimiento y firmas"),
    "assessments": ("evaluaciones", "evaluacion", "evaluaciones estandarizadas", "resultados de la evaluacion"),
    "title": (
        "plan de tratamiento", "plan de cuidado", "plan de atencion", "plan de servicios",
        "plan de tratamiento individualizado", "plan de cuidados",
    ),
    "discharge": ("plan de alta", "criterios de alta", "alta"),
    "other": ("fortalezas", "barreras", "medicamentos", "plan de seguridad", "historial", "notas", "comentarios"),
}
# fmt: on
